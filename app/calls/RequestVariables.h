#pragma once

#include "ApiRequest.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace xlink {

// Named values a request may use as `{{name}}` in its target, header values and body: the
// environment's (`baseUrl`, `corpId`, `userId`, ...) and whatever a caller adds (a collection's
// variables, `--var K=V`). A later source overrides an earlier one.
using VariableMap = QHash<QString, QString>;

// Puts the variables into a request. Only names the map holds are replaced (`{{ name }}` may
// have spaces inside the braces); anything else between double braces stays as it was and is
// listed as unresolved, so a request that never used variables is sent byte for byte.
class RequestVariables final
{
public:
    struct Resolved
    {
        ApiRequest request;
        QStringList unresolved; // names used but not in the map, in order, without repeats
    };

    static Resolved resolve(ApiRequest request, const VariableMap &variables);
    // `text` with the variables put in; unresolved names are appended to `unresolved`.
    static QString resolveText(
        const QString &text, const VariableMap &variables, QStringList *unresolved = nullptr);
};

} // namespace xlink
