#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QSettings;

namespace xlink {

class SecretStore;

// The user's own variables of each console environment (`pid`, `did`, an app key...), which
// collections, the runner and `xlink-cli call` use as `{{name}}` beside the environment's own
// (`baseUrl`, `corpId`...). A plain variable's value is kept in the settings with its name; a
// secret one keeps only its name there and its value in the keychain (SecretStore), never in a
// file. Kept apart from the environments' own entries, by environment id.
class UserVariableStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserVariableStore)

public:
    struct Variable
    {
        QString name;
        QString value; // empty for a secret one: its value is in the keychain
        bool secret = false;
        bool operator==(const Variable &) const = default;
    };

    // Neither is owned; `settings` nullptr uses the application's default QSettings.
    explicit UserVariableStore(
        SecretStore *secrets, QSettings *settings = nullptr, QObject *parent = nullptr);
    ~UserVariableStore() override;

    // A name a placeholder can hold: letters, digits, _, - and . (as a file variable's), not
    // starting with `$` (system variables).
    static bool isValidName(QStringView name);
    // Where a secret variable's value lives in the SecretStore.
    static QString secretKey(const QString &environmentId, const QString &name);

    // In the order they were added; secret values empty.
    QList<Variable> variables(const QString &environmentId) const;
    // Adds or replaces `name`. A secret value goes to the keychain (and a plain value of the
    // same name leaves the settings); a plain one replaces a secret one and its keychain entry.
    // False with `error` (in the user's language) for a bad name or settings that cannot be
    // written.
    bool set(const QString &environmentId, const QString &name, const QString &value, bool secret,
        QString *error = nullptr);
    bool remove(const QString &environmentId, const QString &name, QString *error = nullptr);
    // Forgets every variable of an environment (it was deleted), keychain entries included.
    void removeAll(const QString &environmentId);

    // Every variable's value, the secret ones read from the keychain, for a run or a call:
    // `done(values, secretNames, missing)` on `context`'s thread, with the names of the secret
    // ones (a report hides their values) and of those the keychain did not give.
    using ValuesReady = std::function<void(const QHash<QString, QString> &values,
        const QStringList &secretNames, const QStringList &missing)>;
    void readValues(const QString &environmentId, QObject *context, ValuesReady done) const;

Q_SIGNALS:
    void changed(const QString &environmentId);

private:
    bool save(const QString &environmentId, const QList<Variable> &variables, QString *error);

    SecretStore *m_secrets;
    QSettings *m_settings;
    bool m_ownsSettings = false;
};

} // namespace xlink
