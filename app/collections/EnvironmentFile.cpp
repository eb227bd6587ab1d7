#include "EnvironmentFile.h"

#include "JsonPath.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace xlink {

namespace {

constexpr qint64 maxEnvironmentFileSize = 4 * 1024 * 1024;

void addValues(QHash<QString, QString> &into, const QJsonObject &values)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!into.contains(it.key()))
            into.insert(it.key(), JsonPath::toText(it.value()));
    }
}

} // namespace

bool EnvironmentFile::fromJson(const QByteArray &json, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error
            = tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = tr("expected an object of environments");
        return false;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject()) {
            *error = tr("the environment “%1” is not an object of values").arg(it.key());
            return false;
        }
    }
    *out = object;
    return true;
}

bool EnvironmentFile::load(const QString &folder, QString *error)
{
    m_public = {};
    m_private = {};
    const QDir dir(folder);
    for (const auto &[name, target] :
        { std::pair { fileName, &m_public }, std::pair { privateFileName, &m_private } }) {
        QFile file(dir.filePath(QLatin1StringView(name)));
        if (!file.exists())
            continue;
        QString why;
        if (!file.open(QIODevice::ReadOnly)) {
            why = file.errorString();
        } else if (file.size() > maxEnvironmentFileSize) {
            why = tr("larger than %1 MB").arg(maxEnvironmentFileSize / (1024 * 1024));
        } else if (fromJson(file.readAll(), target, &why)) {
            continue;
        }
        if (error)
            *error = file.fileName() + u": " + why;
        return false;
    }
    return true;
}

QStringList EnvironmentFile::environmentNames() const
{
    QStringList names = m_public.keys() + m_private.keys();
    names.removeAll(QLatin1StringView(sharedName));
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

QHash<QString, QString> EnvironmentFile::variables(const QString &environment) const
{
    QHash<QString, QString> values;
    const QString shared = QLatin1StringView(sharedName);
    if (!environment.isEmpty() && environment != shared) {
        addValues(values, m_private.value(environment).toObject());
        addValues(values, m_public.value(environment).toObject());
    }
    addValues(values, m_private.value(shared).toObject());
    addValues(values, m_public.value(shared).toObject());
    return values;
}

bool EnvironmentFile::isPrivate(const QString &environment, const QString &name) const
{
    return m_private.value(environment).toObject().contains(name)
        || m_private.value(QLatin1StringView(sharedName)).toObject().contains(name);
}

} // namespace xlink
