#pragma once

#include "JsonPath.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace xlink {

// A placeholder that reads a named response, in either form found in the wild:
//   REST Client  {{login.response.body.$.access_token}}  {{login.response.body.*}}
//                {{login.response.headers.Content-Type}}
//   httpyac      {{login.access_token}}  {{products[0].id}}  {{login}} (the whole body)
class ChainReference final
{
public:
    enum class Part {
        BodyPath, // a path into the parsed body (`path` empty: the whole parsed body)
        WholeBody, // the body as received (REST Client's `.response.body.*`)
        Header, // a response header
        Unsupported, // `.request...` and other parts of the REST Client's form
    };

    QString name; // of the request (`# @name`)
    Part part = Part::BodyPath;
    QList<JsonPath::Segment> path;
    QString header;
    bool isRestClientForm = false;

    // `expression` as written between the braces. Nothing when it cannot be a chained
    // reference (does not start with a request name, or its path does not parse).
    static std::optional<ChainReference> parse(QStringView expression);
};

} // namespace xlink
