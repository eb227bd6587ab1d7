#pragma once

#include "Environment.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace xlink {

class EnvironmentStore;
class SecretStore;

// The environments editor's list, and the only way it changes them: each row one environment of
// the store (built-ins first), kept current through the store's signals. Saving puts the login
// secret in SecretStore (the keychain, or memory for this run), never in QSettings; deleting an
// environment forgets its secrets and saved session too.
class EnvironmentListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentListModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, BuiltInRole };

    EnvironmentListModel(EnvironmentStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~EnvironmentListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Environment environment(int row) const;
    int rowOf(const QString &id) const; // -1 when not there

    // Checks `environment` and stores it (a new one when its id is empty or unknown), with
    // `secret` as its login secret unless nullopt (left as it was). Returns the id, or an empty
    // string with `error` set to what to fix.
    QString save(Environment environment, const std::optional<QString> &secret, QString *error,
        int *errorField = nullptr);
    QString addNew(); // "New environment" with the defaults, stored at once
    QString duplicate(const QString &id);
    bool remove(const QString &id);

    // The interface language changed: built-in names are shown anew.
    void retranslate();

    // The login secret stored for `environment`, delivered to `done` on `context`.
    void readSecret(const Environment &environment, QObject *context,
        std::function<void(const std::optional<QString> &)> done) const;

private:
    void reload();
    void forgetSecrets(const Environment &environment);

    EnvironmentStore *m_store;
    SecretStore *m_secrets;
    QList<Environment> m_rows;
};

} // namespace xlink
