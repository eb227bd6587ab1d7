#pragma once

#include "Environment.h"
#include "call/EnvironmentNames.h"

#include <QList>
#include <QObject>

#include <functional>

class QSettings;

namespace xlink {

// The environments the user can pick from: two built-ins ("Local sandbox", the default, and
// "XLink production") and the user's own, kept in QSettings. Never stores a secret.
// Built-ins keep their name and base URL; their login fields and timeout can be edited.
class EnvironmentStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentStore)

public:
    static constexpr QStringView sandboxId = EnvironmentNames::sandboxId;
    static constexpr QStringView productionId = EnvironmentNames::productionId;

    // `settings` is not owned; nullptr uses the application's default QSettings.
    explicit EnvironmentStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~EnvironmentStore() override;

    QList<Environment> environments() const; // built-ins first, then the user's by name
    // A built-in's name in the current interface language (empty for other ids): translated
    // each time it is shown, never stored.
    static QString builtInName(const QString &id);
    std::optional<Environment> find(const QString &id) const;
    // Case-insensitive; a built-in is found by its name in any language.
    std::optional<Environment> findByName(const QString &name) const;

    // Adds a user environment; a fresh id is assigned and returned. The name is made unique.
    QString add(Environment environment);
    // Replaces the environment with environment.id. Returns false for an unknown id.
    bool update(const Environment &environment);
    // Copies `id` as a new user environment named "<name> (copy)"; returns the new id.
    QString duplicate(const QString &id);
    // Deletes a user environment; built-ins cannot be deleted.
    bool remove(const QString &id);

    QString currentId() const;
    void setCurrentId(const QString &id);

    // The in-process sandbox listens on a port chosen at start: whoever starts it sets the URL.
    // Not persisted.
    void setSandboxBaseUrl(const QUrl &url);

Q_SIGNALS:
    void environmentAdded(const QString &id);
    void environmentChanged(const QString &id);
    void environmentRemoved(const QString &id);
    void currentChanged(const QString &id);
    // A change could not be saved (the settings file cannot be written): it holds for this run
    // only. `message` says why, in the user's language.
    void saveFailed(const QString &message);

private:
    QList<Environment> builtIns() const;
    Environment read(const QString &group) const;
    void write(const Environment &environment);
    // Every change goes through SettingsWriter; a failure is signalled (saveFailed).
    void save(const std::function<void(QSettings &)> &change);
    QString uniqueName(const QString &wanted, const QString &exceptId = {}) const;

    QSettings *m_settings;
    bool m_ownsSettings = false;
    QUrl m_sandboxUrl;
};

} // namespace xlink
