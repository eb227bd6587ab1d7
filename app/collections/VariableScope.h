#pragma once

#include "HttpRegion.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace xlink {

// Where a request's `{{name}}` values come from. One name is looked up in these layers, the
// first that has it wins:
//   1. Overrides: `--var K=V` on the command line (wins over everything, so a CI job can
//      point any collection at its own server or ids).
//   2. File variables (`@name = value`) of the request's file; a later one of the same name
//      replaces an earlier one, as in the REST Client.
//   3. The selected environment of the collection's http-client(.private).env.json (see
//      EnvironmentFile for its own order): the collection's values are more specific than...
//   4. ...the console environment's: `baseUrl` and the login's ids (`corpId`, `userId`...),
//      which every collection can use without declaring them.
// Values may use other variables; VariableResolver resolves them. Chained references
// (`{{login.token}}`) and system variables (`{{$guid}}`) are not names in a scope: a name that
// exists in a scope is taken as a variable even when it has a dot.
class VariableScope final
{
public:
    enum class Layer { Override, File, EnvironmentFile, Environment };

    void setOverrides(const QHash<QString, QString> &values) { m_overrides = values; }
    void setFileVariables(const QList<FileVariable> &variables);
    void setEnvironmentFileValues(const QHash<QString, QString> &values)
    {
        m_environmentFile = values;
    }
    void setEnvironmentValues(const QHash<QString, QString> &values) { m_environment = values; }

    struct Found
    {
        QString value; // raw: may hold placeholders
        Layer layer = Layer::Environment;
    };
    std::optional<Found> find(const QString &name) const;
    // Every name any layer defines.
    QStringList names() const;

private:
    QHash<QString, QString> m_overrides;
    QHash<QString, QString> m_file;
    QHash<QString, QString> m_environmentFile;
    QHash<QString, QString> m_environment;
};

} // namespace xlink
