#pragma once

#include "EnvironmentFile.h"
#include "HttpFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace xlink {

// Which variables a request uses and the values they have now, for the sidebar to show: each
// `{{expression}}` of its URL, headers, body and assertions once, its value resolved as a run
// would (file variables, the collection's environment file, the console environment's own
// values, then the user's variables of it), or why
// it has none yet (a chained response not answered in this session). Secret values are masked:
// names SecretNames takes for secrets (tokens, passwords, keys), names the API description
// marks secret, anything from the private environment file and the user's secret variables.
class VariableUsage final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::VariableUsage)

public:
    struct Row
    {
        QString expression;
        QString value; // masked when secret; empty when unresolved
        QString source; // where the value comes from, or why there is none (user's language)
        bool secret = false;
        bool resolved = false;
    };
    struct Sources
    {
        const EnvironmentFile *environmentFile = nullptr; // may be null
        QString environmentName; // in the environment file
        QHash<QString, QString> environment; // the console environment's own values (built in)
        // The user's own variables of the console environment (UserVariableStore); its own
        // values above win over them, as in `xlink-cli run --env`.
        QHash<QString, QString> userVariables;
        QSet<QString> userSecretNames; // those of them kept in the keychain
        QString consoleEnvironmentName; // for the source column
        QSet<QString> secretNames; // marked secret by the API description
    };
    static constexpr auto mask = "••••••";

    static QList<Row> of(const HttpRegion &request, const HttpFile &file, const Sources &sources);
};

} // namespace xlink
