#include "EndpointCatalogue.h"

#include "JsonBodyValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xlink {

Q_LOGGING_CATEGORY(lcEndpoints, "xlink.api.endpoints", QtWarningMsg)

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    return pattern;
}
} // namespace

QStringList Endpoint::placeholders() const
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(path);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

std::optional<EndpointCatalogue> EndpointCatalogue::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(u"endpoints").isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : QCoreApplication::translate(
                    "xlink::EndpointCatalogue", "The document has no \"endpoints\" list.");
        return std::nullopt;
    }
    EndpointCatalogue catalogue;
    const QJsonArray list = document.object().value(u"endpoints").toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        Endpoint endpoint;
        endpoint.group = object.value(u"group").toString();
        endpoint.method = object.value(u"method").toString().toUpper().toLatin1();
        endpoint.path = object.value(u"path").toString();
        endpoint.zh = object.value(u"zh").toString();
        endpoint.en = object.value(u"en").toString();
        endpoint.needsToken = object.value(u"auth").toBool(true);
        endpoint.notes = object.value(u"notes").toString();
        const QJsonValue body = object.value(u"body");
        // Kept as a string in the file so the example's key order survives.
        if (body.isString())
            endpoint.exampleBody = JsonBodyValidator::prettyPrinted(body.toString().toUtf8());
        else if (body.isObject())
            endpoint.exampleBody = JsonBodyValidator::prettyPrinted(
                QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
        else if (body.isArray())
            endpoint.exampleBody = JsonBodyValidator::prettyPrinted(
                QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact));
        if (endpoint.method.isEmpty() || !endpoint.path.startsWith(u'/')) {
            if (error)
                *error = QCoreApplication::translate("xlink::EndpointCatalogue",
                    "An endpoint has no method or its path does not start with '/'.");
            return std::nullopt;
        }
        catalogue.m_endpoints.append(endpoint);
    }
    return catalogue;
}

const EndpointCatalogue &EndpointCatalogue::builtin()
{
    static const EndpointCatalogue catalogue = [] {
        QFile file(u":/xlink/api/endpoints.json"_s);
        QString error;
        std::optional<EndpointCatalogue> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        else
            error = file.errorString();
        if (!loaded) {
            // The file is compiled in: failing here is a build defect, not a user error.
            qCCritical(lcEndpoints) << "built-in endpoint catalogue unusable:" << error;
            return EndpointCatalogue();
        }
        return *loaded;
    }();
    return catalogue;
}

std::optional<Endpoint> EndpointCatalogue::find(QByteArrayView method, const QString &path) const
{
    for (const Endpoint &endpoint : m_endpoints) {
        if (endpoint.method.compare(method, Qt::CaseInsensitive) == 0 && endpoint.path == path)
            return endpoint;
    }
    return std::nullopt;
}

QList<Endpoint> EndpointCatalogue::search(const QString &query) const
{
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return m_endpoints;
    struct Scored
    {
        int score;
        qsizetype index;
    };
    QList<Scored> scored;
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        const Endpoint &e = m_endpoints.at(i);
        const QString method = QString::fromLatin1(e.method);
        int score = 0;
        bool all = true;
        for (const QString &word : words) {
            int best = 0;
            if (method.compare(word, Qt::CaseInsensitive) == 0)
                best = 30;
            if (e.path.compare(word, Qt::CaseInsensitive) == 0)
                best = std::max(best, 100);
            else if (e.path.startsWith(word, Qt::CaseInsensitive))
                best = std::max(best, 50);
            else if (e.path.contains(word, Qt::CaseInsensitive))
                best = std::max(best, 40);
            if (e.en.contains(word, Qt::CaseInsensitive)
                || e.zh.contains(word, Qt::CaseInsensitive))
                best = std::max(best, 20);
            if (best == 0 && e.notes.contains(word, Qt::CaseInsensitive))
                best = 5;
            if (best == 0) {
                all = false;
                break;
            }
            score += best;
        }
        if (all)
            scored.append({ score, i });
    }
    std::stable_sort(scored.begin(), scored.end(),
        [](const Scored &a, const Scored &b) { return a.score > b.score; });
    QList<Endpoint> result;
    result.reserve(scored.size());
    for (const Scored &s : scored)
        result.append(m_endpoints.at(s.index));
    return result;
}

QString EndpointCatalogue::fillPath(const QString &path, const QHash<QString, QString> &values)
{
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(path).sliced(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        if (value != values.cend() && !value->isEmpty())
            result += QString::fromLatin1(QUrl::toPercentEncoding(*value));
        else
            result += match.captured(0);
        last = match.capturedEnd();
    }
    result += QStringView(path).sliced(last);
    return result;
}

QByteArray EndpointCatalogue::fillBody(
    const QByteArray &body, const QHash<QString, QString> &values)
{
    QByteArray result = body;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        // Inside a JSON string: escape what JSON requires.
        QString escaped = it.value();
        escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        result.replace(QByteArray("{" + it.key().toUtf8() + "}"), escaped.toUtf8());
    }
    return result;
}

} // namespace xlink
