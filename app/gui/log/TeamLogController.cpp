#include "TeamLogController.h"

#include "FailureStore.h"
#include "SecretStore.h"
#include "TeamPushStatusText.h"
#include "TeamPusher.h"
#include "TeamReader.h"

#include <QSettings>

namespace xlink {

namespace {
QString passwordKey()
{
    return QString::fromLatin1(TeamConnectionSettings::passwordKey);
}
} // namespace

TeamLogController::TeamLogController(FailureStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{ }

TeamLogController::~TeamLogController() = default;

bool TeamLogController::hasPassword() const
{
    return m_secrets->cached(passwordKey()).has_value();
}

QString TeamLogController::password() const
{
    return m_secrets->cached(passwordKey()).value_or(QString());
}

std::optional<TeamConnectionSettings> TeamLogController::connection() const
{
    std::optional<TeamConnectionSettings> settings = TeamConnectionSettings::load();
    if (settings)
        settings->password = password();
    return settings;
}

TeamReader *TeamLogController::reader()
{
    // The settings are read once per change, not for every code the browser shows.
    if (!m_readerMade) {
        m_readerMade = true;
        if (const std::optional<TeamConnectionSettings> settings = connection())
            m_reader = std::make_unique<TeamReader>(*settings);
    }
    return m_reader.get();
}

void TeamLogController::start()
{
    if (m_started)
        return;
    m_started = true;
    // The keychain answers asynchronously; sending starts once it has.
    m_secrets->read(passwordKey(), this, [this](const std::optional<QString> &password) {
        restart(password.value_or(QString()));
        m_reader.reset();
        m_readerMade = false;
        Q_EMIT connectionChanged();
    });
}

bool TeamLogController::apply(const TeamConnectionSettings &connection, const TeamLogSettings &team,
    const QString &typedPassword, QString *error)
{
    QSettings settings;
    bool saved = connection.save(settings, error);
    saved = team.save(settings, error) && saved;
    if (!typedPassword.isEmpty())
        m_secrets->write(passwordKey(), typedPassword);
    if (m_started)
        restart(typedPassword.isEmpty() ? password() : typedPassword);
    m_reader.reset();
    m_readerMade = false;
    Q_EMIT connectionChanged();
    return saved;
}

void TeamLogController::restart(const QString &password)
{
    m_pusher.reset();
    m_status = TeamPushStatus();
    const TeamLogSettings team = TeamLogSettings::load();
    std::optional<TeamConnectionSettings> connection = TeamConnectionSettings::load();
    if (!team.enabled || !connection) {
        Q_EMIT statusChanged({}, {});
        return;
    }
    connection->password = password;
    m_pusher = std::make_unique<TeamPusher>(m_store->path(), *connection, team.effectiveSender());
    connect(m_store, &FailureStore::recordsAdded, m_pusher.get(), &TeamPusher::wake);
    connect(m_pusher.get(), &TeamPusher::statusChanged, this, [this](const TeamPushStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(
            TeamPushStatusText::describe(status), TeamPushStatusText::detail(status));
    });
    Q_EMIT statusChanged(TeamPushStatusText::describe(m_status), {});
    m_pusher->start();
}

} // namespace xlink
