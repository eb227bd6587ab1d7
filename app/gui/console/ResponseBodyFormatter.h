#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace xlink {

// Turns a response body into the text the viewer shows: pretty JSON when it parses (key order and
// number text kept), the text itself otherwise, cut at a line end once it exceeds the display
// limit. Pure and thread-safe: the viewer runs it off the GUI thread.
class ResponseBodyFormatter final
{
public:
    struct Result
    {
        QString pretty; // possibly cut
        QString raw; // possibly cut
        bool isJson = false;
        bool truncated = false; // either text was cut
        qint64 fullBytes = 0; // size of the body
        QJsonDocument document; // parsed for the tree view; null when not JSON or beyond the limit
    };

    // `limitBytes` <= 0 shows everything.
    static Result format(const QByteArray &body, qint64 limitBytes);
};

} // namespace xlink
