#pragma once

#include "EnvironmentFile.h"
#include "HttpCollection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace xlink {

// A collection as a Postman collection v2.1 that newman runs: each subfolder a folder, each
// file with several requests a folder of its own (a file with one request is that request);
// file variables and the environment file's `$shared` values become collection variables
// (give the console environment's, such as baseUrl, with newman's --env-var). `{{name}}` is
// kept as it is (Postman writes variables the same way); a chained value is set by a test
// script of the request it reads (`pm.collectionVariables.set`) under the placeholder's own
// text, and each `?? ` line becomes a `pm.test` that checks what httpyac checks. A line outside
// the supported subset becomes a failing test that says so.
class PostmanExport final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::PostmanExport)

public:
    // `notes`: what may not behave the same under newman (one line each).
    static QByteArray toJson(const HttpCollection &collection, const EnvironmentFile &environments,
        const QString &name, QStringList *notes);
};

} // namespace xlink
