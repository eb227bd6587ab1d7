#pragma once

#include <QByteArrayView>
#include <QJsonParseError>

namespace xlink {

// Checks that a body is one JSON object or array, as QJsonDocument::fromJson would accept it,
// without building a document: a body of 100 MB takes a fraction of a second and no memory,
// where a document takes seconds and several times the body's size.
class JsonSyntax final
{
public:
    // NoError, or the first problem with the byte offset where it was found.
    static QJsonParseError check(QByteArrayView text);
};

} // namespace xlink
