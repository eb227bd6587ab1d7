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
// would (file variables, the collection's environment file, the console environment), or why
// it has none yet (a chained response not answered in this session). Secret values are masked:
// names SecretNames takes for secrets (tokens, passwords, keys), names the API description
// marks secret, and anything from the private environment file.
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
        QHash<QString, QString> environment; // the console environment's values
        QSet<QString> secretNames; // marked secret by the API description
    };
    static constexpr auto mask = "••••••";

    static QList<Row> of(const HttpRegion &request, const HttpFile &file, const Sources &sources);
};

} // namespace xlink
