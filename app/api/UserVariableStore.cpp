#include "UserVariableStore.h"

#include "SecretStore.h"
#include "util/SettingsWriter.h"

#include <QRegularExpression>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

QString groupFor(const QString &environmentId)
{
    return u"userVariables/"_s + environmentId;
}

} // namespace

UserVariableStore::UserVariableStore(SecretStore *secrets, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings;
        m_ownsSettings = true;
    }
}

UserVariableStore::~UserVariableStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

bool UserVariableStore::isValidName(QStringView name)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$"_s);
    return pattern.match(name.toString()).hasMatch();
}

QString UserVariableStore::secretKey(const QString &environmentId, const QString &name)
{
    return environmentId + u"/variable/"_s + name;
}

QList<UserVariableStore::Variable> UserVariableStore::variables(const QString &environmentId) const
{
    QList<Variable> variables;
    m_settings->beginGroup(groupFor(environmentId));
    const int size = m_settings->beginReadArray(u"list"_s);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Variable variable;
        variable.name = m_settings->value(u"name"_s).toString();
        variable.secret = m_settings->value(u"secret"_s, false).toBool();
        if (!variable.secret)
            variable.value = m_settings->value(u"value"_s).toString();
        if (isValidName(variable.name))
            variables.append(variable);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return variables;
}

bool UserVariableStore::save(
    const QString &environmentId, const QList<Variable> &variables, QString *error)
{
    QString why;
    const bool saved = SettingsWriter::write(
        *m_settings,
        [&](QSettings &settings) {
            settings.remove(groupFor(environmentId));
            if (variables.isEmpty())
                return;
            settings.beginGroup(groupFor(environmentId));
            settings.beginWriteArray(u"list"_s, int(variables.size()));
            for (int i = 0; i < variables.size(); ++i) {
                settings.setArrayIndex(i);
                const Variable &variable = variables.at(i);
                settings.setValue(u"name"_s, variable.name);
                if (variable.secret)
                    settings.setValue(u"secret"_s, true);
                else
                    settings.setValue(u"value"_s, variable.value);
            }
            settings.endArray();
            settings.endGroup();
        },
        &why);
    if (!saved && error)
        *error = why;
    return saved;
}

bool UserVariableStore::set(const QString &environmentId, const QString &name, const QString &value,
    bool secret, QString *error)
{
    if (!isValidName(name)) {
        if (error)
            *error
                = tr("“%1” cannot be a variable name: use letters, digits, _, - and .").arg(name);
        return false;
    }
    QList<Variable> list = variables(environmentId);
    auto found
        = std::find_if(list.begin(), list.end(), [&](const Variable &v) { return v.name == name; });
    const bool wasSecret = found != list.end() && found->secret;
    const Variable variable { name, secret ? QString() : value, secret };
    if (found != list.end())
        *found = variable;
    else
        list.append(variable);
    if (!save(environmentId, list, error))
        return false;
    if (secret)
        m_secrets->write(secretKey(environmentId, name), value);
    else if (wasSecret)
        m_secrets->remove(secretKey(environmentId, name));
    Q_EMIT changed(environmentId);
    return true;
}

bool UserVariableStore::remove(const QString &environmentId, const QString &name, QString *error)
{
    QList<Variable> list = variables(environmentId);
    const auto found
        = std::find_if(list.begin(), list.end(), [&](const Variable &v) { return v.name == name; });
    if (found == list.end())
        return true;
    const bool secret = found->secret;
    list.erase(found);
    if (!save(environmentId, list, error))
        return false;
    if (secret)
        m_secrets->remove(secretKey(environmentId, name));
    Q_EMIT changed(environmentId);
    return true;
}

void UserVariableStore::removeAll(const QString &environmentId)
{
    for (const Variable &variable : variables(environmentId)) {
        if (variable.secret)
            m_secrets->remove(secretKey(environmentId, variable.name));
    }
    save(environmentId, {}, nullptr);
    Q_EMIT changed(environmentId);
}

void UserVariableStore::readValues(
    const QString &environmentId, QObject *context, ValuesReady done) const
{
    struct Pending
    {
        QHash<QString, QString> values;
        QStringList secretNames;
        QStringList missing;
        int waiting = 0;
        ValuesReady done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QStringList secretNames;
    for (const Variable &variable : variables(environmentId)) {
        if (variable.secret)
            secretNames.append(variable.name);
        else
            pending->values.insert(variable.name, variable.value);
    }
    pending->secretNames = secretNames;
    pending->waiting = int(secretNames.size());
    if (secretNames.isEmpty()) {
        // Never from within the call: the caller may not be ready for the answer yet.
        QMetaObject::invokeMethod(
            context, [pending] { pending->done(pending->values, {}, {}); }, Qt::QueuedConnection);
        return;
    }
    // SecretStore::read answers from the event loop, on `context`'s thread, never after its end.
    for (const QString &name : std::as_const(secretNames)) {
        m_secrets->read(secretKey(environmentId, name), context,
            [pending, name](const std::optional<QString> &value) {
                if (value)
                    pending->values.insert(name, *value);
                else
                    pending->missing.append(name);
                if (--pending->waiting == 0)
                    pending->done(pending->values, pending->secretNames, pending->missing);
            });
    }
}

} // namespace xlink
