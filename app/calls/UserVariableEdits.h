#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xlink {

class UserVariableStore;

// The rules of the environments editor's Variables table, without a widget: which rows can be
// saved (a name `{{name}}` accepts, once, and not one the environment gives itself) and how
// they are stored (UserVariableStore: a secret value to the keychain only). A secret value is
// never shown, so a row loaded as secret keeps its keychain value until a new one is typed.
class UserVariableEdits final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::UserVariableEdits)

public:
    struct Row
    {
        QString name;
        QString value; // typed; empty for a loaded secret one whose value was not retyped
        bool secret = false;
        // Loaded as a secret one named `storedName` and its value not retyped: the keychain
        // keeps it.
        bool keepsStoredSecret = false;
        QString storedName;
    };
    struct Problem
    {
        int row = -1;
        QString message; // in the user's language
    };

    // The names the console environment gives every request itself (CallPipeline::
    // environmentVariables()): baseUrl, account, corpId, memberId, userId.
    static QStringList builtInNames();
    // The rows as loaded for `environmentId`.
    static QList<Row> load(const UserVariableStore &store, const QString &environmentId);
    // The first row that cannot be saved, and why; nullopt when all can.
    static std::optional<Problem> check(const QList<Row> &rows);
    // Stores `rows` as the environment's variables (checked first): removed rows go, the rest
    // are written in order. False with `error` when the settings cannot be written.
    static bool apply(UserVariableStore &store, const QString &environmentId,
        const QList<Row> &rows, QString *error);
};

} // namespace xlink
