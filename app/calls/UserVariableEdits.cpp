#include "UserVariableEdits.h"

#include "UserVariableStore.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace xlink {

QStringList UserVariableEdits::builtInNames()
{
    // As CallPipeline::environmentVariables() puts them in, which wins over a user variable of
    // the same name (as in `xlink-cli run --env`): such a variable could never be used.
    return { u"baseUrl"_s, u"account"_s, u"corpId"_s, u"memberId"_s, u"userId"_s };
}

QList<UserVariableEdits::Row> UserVariableEdits::load(
    const UserVariableStore &store, const QString &environmentId)
{
    QList<Row> rows;
    for (const UserVariableStore::Variable &variable : store.variables(environmentId)) {
        Row row;
        row.name = variable.name;
        row.value = variable.value;
        row.secret = variable.secret;
        row.keepsStoredSecret = variable.secret;
        row.storedName = variable.name;
        rows.append(row);
    }
    return rows;
}

std::optional<UserVariableEdits::Problem> UserVariableEdits::check(const QList<Row> &rows)
{
    const QStringList builtIn = builtInNames();
    QSet<QString> seen;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const QString name = row.name.trimmed();
        if (name.isEmpty())
            return Problem { i,
                tr("Row %1 has no name: name the variable or remove the row.").arg(i + 1) };
        if (!UserVariableStore::isValidName(name))
            return Problem { i,
                tr("“%1” cannot be a variable name: start with a letter or _, then letters, "
                   "digits, _, - or . (at most 64), as {{name}} is written.")
                    .arg(name) };
        if (builtIn.contains(name))
            return Problem { i,
                tr("{{%1}} is built in: the environment gives it itself, so a variable of that "
                   "name would never be used. Choose another name.")
                    .arg(name) };
        if (seen.contains(name))
            return Problem { i, tr("“%1” is there twice: keep one of the rows.").arg(name) };
        seen.insert(name);
        const bool secretKept = row.keepsStoredSecret && row.storedName == name;
        if (row.keepsStoredSecret && (!row.secret || !secretKept))
            return Problem { i,
                tr("Type the value of “%1” again: a secret value is not shown, so it is kept "
                   "only while the variable stays a secret of the same name.")
                    .arg(name) };
    }
    return std::nullopt;
}

bool UserVariableEdits::apply(
    UserVariableStore &store, const QString &environmentId, const QList<Row> &rows, QString *error)
{
    if (const std::optional<Problem> problem = check(rows)) {
        if (error)
            *error = problem->message;
        return false;
    }
    QSet<QString> kept;
    for (const Row &row : rows)
        kept.insert(row.name.trimmed());
    for (const UserVariableStore::Variable &variable : store.variables(environmentId)) {
        if (!kept.contains(variable.name) && !store.remove(environmentId, variable.name, error))
            return false;
    }
    for (const Row &row : rows) {
        if (row.keepsStoredSecret)
            continue; // unchanged, in the keychain
        if (!store.set(environmentId, row.name.trimmed(), row.value, row.secret, error))
            return false;
    }
    return true;
}

} // namespace xlink
