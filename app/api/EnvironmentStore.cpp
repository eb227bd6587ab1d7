#include "EnvironmentStore.h"

#include "util/SettingsWriter.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {
const QString kGroup = u"environments"_s;
const QString kCurrent = u"environments/current"_s;

QString groupFor(const QString &id)
{
    return kGroup + u'/' + id;
}
} // namespace

EnvironmentStore::EnvironmentStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings;
        m_ownsSettings = true;
    }
}

EnvironmentStore::~EnvironmentStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QString EnvironmentStore::builtInName(const QString &id)
{
    return EnvironmentNames::builtInName(id);
}

QList<Environment> EnvironmentStore::builtIns() const
{
    Environment sandbox;
    sandbox.id = sandboxId.toString();
    sandbox.name = builtInName(sandbox.id);
    sandbox.baseUrl = m_sandboxUrl;
    sandbox.account = u"dev@example.com"_s;
    sandbox.builtIn = true;

    Environment production;
    production.id = productionId.toString();
    production.name = builtInName(production.id);
    production.baseUrl = QUrl(u"https://api2.xlink.cn"_s);
    production.builtIn = true;

    QList<Environment> result { sandbox, production };
    // Stored edits of a built-in change its login fields and timeout, never its name or URL.
    for (Environment &environment : result) {
        if (!m_settings->contains(groupFor(environment.id) + u"/loginKind"))
            continue;
        Environment stored = read(environment.id);
        stored.name = environment.name;
        stored.baseUrl = environment.baseUrl;
        stored.builtIn = true;
        environment = stored;
    }
    return result;
}

Environment EnvironmentStore::read(const QString &id) const
{
    m_settings->beginGroup(groupFor(id));
    Environment environment;
    environment.id = id;
    environment.name = m_settings->value(u"name"_s).toString();
    environment.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString());
    environment.loginKind
        = Environment::loginKindFromName(m_settings->value(u"loginKind"_s).toString())
              .value_or(Environment::LoginKind::EnterpriseMember);
    environment.account = m_settings->value(u"account"_s).toString();
    environment.corpId = m_settings->value(u"corpId"_s).toString();
    bool ok = false;
    const int timeout = m_settings->value(u"timeoutMs"_s).toInt(&ok);
    environment.timeoutMs = ok && timeout > 0 ? timeout : 0;
    const int count = m_settings->beginReadArray(u"trustedCertificates"_s);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        environment.trustedCertificatesPem.append(m_settings->value(u"pem"_s).toByteArray());
    }
    m_settings->endArray();
    m_settings->endGroup();
    return environment;
}

void EnvironmentStore::write(const Environment &environment)
{
    save([&environment](QSettings &settings) {
        settings.remove(groupFor(environment.id));
        settings.beginGroup(groupFor(environment.id));
        if (!environment.builtIn) {
            settings.setValue(u"name"_s, environment.name);
            settings.setValue(u"baseUrl"_s, environment.baseUrl.toString());
        }
        settings.setValue(u"loginKind"_s, Environment::loginKindName(environment.loginKind));
        settings.setValue(u"account"_s, environment.account);
        settings.setValue(u"corpId"_s, environment.corpId);
        settings.setValue(u"timeoutMs"_s, environment.timeoutMs);
        settings.beginWriteArray(
            u"trustedCertificates"_s, int(environment.trustedCertificatesPem.size()));
        for (int i = 0; i < environment.trustedCertificatesPem.size(); ++i) {
            settings.setArrayIndex(i);
            settings.setValue(u"pem"_s, environment.trustedCertificatesPem.at(i));
        }
        settings.endArray();
        settings.endGroup();
    });
}

void EnvironmentStore::save(const std::function<void(QSettings &)> &change)
{
    QString error;
    if (!SettingsWriter::write(*m_settings, change, &error))
        Q_EMIT saveFailed(error);
}

QList<Environment> EnvironmentStore::environments() const
{
    QList<Environment> user;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (id == sandboxId || id == productionId)
            continue;
        user.append(read(id));
    }
    std::sort(user.begin(), user.end(), [](const Environment &a, const Environment &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return builtIns() + user;
}

std::optional<Environment> EnvironmentStore::find(const QString &id) const
{
    for (const Environment &environment : environments()) {
        if (environment.id == id)
            return environment;
    }
    return std::nullopt;
}

std::optional<Environment> EnvironmentStore::findByName(const QString &name) const
{
    if (const QString builtInId = EnvironmentNames::builtInIdOf(name); !builtInId.isEmpty())
        return find(builtInId);
    for (const Environment &environment : environments()) {
        if (environment.name.compare(name, Qt::CaseInsensitive) == 0)
            return environment;
    }
    return std::nullopt;
}

QString EnvironmentStore::uniqueName(const QString &wanted, const QString &exceptId) const
{
    const QString base = wanted.trimmed().isEmpty() ? tr("New environment") : wanted.trimmed();
    const QList<Environment> all = environments();
    auto taken = [&](const QString &name) {
        // A built-in's name in another language is taken too: records store built-ins by
        // that name (EnvironmentNames), and would mix the two environments.
        const QString builtInId = EnvironmentNames::builtInIdOf(name);
        return (!builtInId.isEmpty() && builtInId != exceptId)
            || std::any_of(all.cbegin(), all.cend(), [&](const Environment &e) {
                   return e.id != exceptId && e.name.compare(name, Qt::CaseInsensitive) == 0;
               });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + u" (" + QString::number(n) + u')';
    return name;
}

QString EnvironmentStore::add(Environment environment)
{
    environment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    environment.builtIn = false;
    environment.name = uniqueName(environment.name);
    write(environment);
    Q_EMIT environmentAdded(environment.id);
    return environment.id;
}

bool EnvironmentStore::update(const Environment &environment)
{
    const auto existing = find(environment.id);
    if (!existing)
        return false;
    Environment updated = environment;
    updated.builtIn = existing->builtIn;
    if (updated.builtIn) {
        updated.name = existing->name;
        updated.baseUrl = existing->baseUrl;
    } else {
        updated.name = uniqueName(updated.name, updated.id);
    }
    write(updated);
    Q_EMIT environmentChanged(updated.id);
    return true;
}

QString EnvironmentStore::duplicate(const QString &id)
{
    auto source = find(id);
    if (!source)
        return {};
    source->name = tr("%1 (copy)").arg(source->name);
    return add(*source);
}

bool EnvironmentStore::remove(const QString &id)
{
    if (id == sandboxId || id == productionId || !find(id))
        return false;
    const bool wasCurrent = currentId() == id;
    save([&id, wasCurrent](QSettings &settings) {
        settings.remove(groupFor(id));
        if (wasCurrent)
            settings.remove(kCurrent);
    });
    Q_EMIT environmentRemoved(id);
    if (wasCurrent)
        Q_EMIT currentChanged(currentId());
    return true;
}

QString EnvironmentStore::currentId() const
{
    const QString id = m_settings->value(kCurrent).toString();
    return find(id) ? id : sandboxId.toString();
}

void EnvironmentStore::setCurrentId(const QString &id)
{
    if (!find(id) || id == currentId())
        return;
    save([&id](QSettings &settings) { settings.setValue(kCurrent, id); });
    Q_EMIT currentChanged(id);
}

void EnvironmentStore::setSandboxBaseUrl(const QUrl &url)
{
    if (url == m_sandboxUrl)
        return;
    m_sandboxUrl = url;
    Q_EMIT environmentChanged(sandboxId.toString());
}

} // namespace xlink
