#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace xlink {

// Passwords, access key secrets and tokens. They go to the OS keychain through QtKeychain; when
// the keychain fails (no secret service, locked, refused), they stay in this object's memory for
// the run and keychainAvailable() turns false so the UI can say so. Never written to a file:
// QtKeychain's insecure plain-text fallback stays off. Its jobs have no parent and delete
// themselves when the keychain answers: a job deleted while the Secret Service still works on
// it (this store closed with a settings dialog, say) is called back after its death.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    // Why the keychain cannot be used; keychainError() says it in the current language.
    enum class FailureKind {
        None, // no reason given
        TurnedOff, // setKeychainEnabled(false)
        NoService, // no keychain service is running
        AccessDenied,
        NotImplemented, // no keychain this system offers that QtKeychain can use
        NoAnswer, // QtKeychain's "Unknown error": no secret service answered on D-Bus
        Backend, // anything else: the backend's own words, in backendText
    };
    struct Failure
    {
        FailureKind kind = FailureKind::None;
        QString backendText;
    };

    explicit SecretStore(
        const QString &service = QStringLiteral("xlink-console"), QObject *parent = nullptr);
    ~SecretStore() override;

    // Keeps the secret in memory at once and writes it to the keychain in the background;
    // written() reports where it ended up.
    void write(const QString &key, const QString &secret);

    // Calls `done` with the secret (memory first, then the keychain), or nullopt when there is
    // none. `done` runs on `context`'s thread, and never after `context` is destroyed.
    void read(const QString &key, QObject *context,
        std::function<void(const std::optional<QString> &)> done);

    void remove(const QString &key);

    // The secret if it is already in memory (written or read during this run).
    std::optional<QString> cached(const QString &key) const;

    Availability keychainAvailability() const { return m_availability; }
    bool keychainAvailable() const { return m_availability != Availability::Unavailable; }
    // Why the keychain cannot be used, as a sentence in the current interface language (built
    // each time, so it follows a language switch); empty while it can.
    QString keychainError() const;

    // Skips the keychain altogether (for `--no-keychain` runs and tests that must not touch it).
    void setKeychainEnabled(bool enabled);

Q_SIGNALS:
    void written(const QString &key, bool inKeychain);
    void keychainAvailabilityChanged(xlink::SecretStore::Availability availability);

private:
    void setAvailability(Availability availability, const Failure &failure);

    QString m_service;
    QHash<QString, QString> m_memory;
    Availability m_availability = Availability::Unknown;
    Failure m_failure; // put in words by keychainError()
    bool m_keychainEnabled = true;
};

} // namespace xlink
