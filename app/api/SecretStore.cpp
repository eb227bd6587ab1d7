#include "SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace xlink {

Q_LOGGING_CATEGORY(lcSecrets, "xlink.api.secrets", QtWarningMsg)

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

SecretStore::~SecretStore() = default;

namespace {

// Why the keychain failed, as data: the notice puts it in words in the language of the moment
// (a sentence stored here would stay in the language of the failure after a switch).
SecretStore::Failure failureOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return { SecretStore::FailureKind::NoService, {} };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return { SecretStore::FailureKind::AccessDenied, {} };
    case QKeychain::NotImplemented:
        return { SecretStore::FailureKind::NotImplemented, {} };
    default:
        // What QtKeychain says when no secret service answers on D-Bus (no keyring running):
        // its generic text, which tells the user nothing.
        if (job.errorString().isEmpty() || job.errorString() == u"Unknown error")
            return { SecretStore::FailureKind::NoAnswer, {} };
        // GLib's words when there is no session bus to find a keyring on ("Cannot autolaunch
        // D-Bus without X11 $DISPLAY", "Failed to execute child process “dbus-launch”"): no
        // keychain service runs here, which is what the user can act on.
        if (job.errorString().contains(u"D-Bus", Qt::CaseInsensitive)
            || job.errorString().contains(u"dbus", Qt::CaseInsensitive))
            return { SecretStore::FailureKind::NoService, job.errorString() };
        // QtKeychain's texts are English only in practice (its one Chinese translation is in
        // traditional characters): kept as the backend's own words.
        return { SecretStore::FailureKind::Backend, job.errorString() };
    }
}

} // namespace

void SecretStore::setAvailability(Availability availability, const Failure &failure)
{
    if (availability == Availability::Unavailable)
        m_failure = failure;
    if (availability == m_availability)
        return;
    m_availability = availability;
    if (availability == Availability::Unavailable)
        qCInfo(lcSecrets) << "keychain unavailable, secrets stay in memory:" << int(failure.kind)
                          << failure.backendText;
    Q_EMIT keychainAvailabilityChanged(availability);
}

void SecretStore::setKeychainEnabled(bool enabled)
{
    m_keychainEnabled = enabled;
    if (!enabled)
        setAvailability(Availability::Unavailable, { FailureKind::TurnedOff, {} });
}

QString SecretStore::keychainError() const
{
    if (m_availability != Availability::Unavailable)
        return {};
    QString reason;
    switch (m_failure.kind) {
    case FailureKind::None:
        reason = tr("no reason given");
        break;
    case FailureKind::TurnedOff:
        reason = tr("it is turned off");
        break;
    case FailureKind::NoService:
        reason = tr("no keychain service is running");
        break;
    case FailureKind::AccessDenied:
        reason = tr("access to it was denied");
        break;
    case FailureKind::NotImplemented:
        reason = tr("this system has none the console can use");
        break;
    case FailureKind::NoAnswer:
        reason = tr("no keychain service answered");
        break;
    case FailureKind::Backend:
        reason = m_failure.backendText;
        break;
    }
    return tr("The system keychain cannot be used (%1): secrets are kept in memory for this run "
              "only.")
        .arg(reason);
}

void SecretStore::write(const QString &key, const QString &secret)
{
    m_memory.insert(key, secret);
    if (!m_keychainEnabled || m_availability == Availability::Unavailable) {
        Q_EMIT written(key, false);
        return;
    }
    // No parent: see the class.
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            setAvailability(Availability::Available, {});
            Q_EMIT written(key, true);
            return;
        }
        setAvailability(Availability::Unavailable, failureOf(*finished));
        Q_EMIT written(key, false);
    });
    job->start();
}

void SecretStore::read(
    const QString &key, QObject *context, std::function<void(const std::optional<QString> &)> done)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done](const std::optional<QString> &value) {
        if (guard)
            done(value);
    };
    if (const auto value = cached(key)) {
        QMetaObject::invokeMethod(
            context, [deliver, value] { deliver(value); }, Qt::QueuedConnection);
        return;
    }
    if (!m_keychainEnabled || m_availability == Availability::Unavailable) {
        QMetaObject::invokeMethod(
            context, [deliver] { deliver(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    // Tied to this store, which the answer updates; `deliver` checks the caller's context.
    connect(job, &QKeychain::Job::finished, this, [this, key, deliver](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (finished->error()) {
        case QKeychain::NoError:
            setAvailability(Availability::Available, {});
            m_memory.insert(key, readJob->textData());
            deliver(readJob->textData());
            return;
        case QKeychain::EntryNotFound:
            setAvailability(Availability::Available, {});
            deliver(std::nullopt);
            return;
        default:
            setAvailability(Availability::Unavailable, failureOf(*finished));
            deliver(std::nullopt);
            return;
        }
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    m_memory.remove(key);
    if (!m_keychainEnabled || m_availability == Availability::Unavailable)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
}

std::optional<QString> SecretStore::cached(const QString &key) const
{
    const auto it = m_memory.constFind(key);
    if (it == m_memory.cend())
        return std::nullopt;
    return *it;
}

} // namespace xlink
