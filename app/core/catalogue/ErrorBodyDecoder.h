#pragma once

#include "catalogue/PlatformError.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QJsonObject;

namespace xlink {

// Classifies a response body and extracts the platform error object from it, whatever the HTTP
// status: the platform sends errors with 4xx/5xx, but proxies send HTML, some endpoints answer
// 200 with an error object, and codes arrive as strings or numbers.
class ErrorBodyDecoder final
{
public:
    // Larger JSON bodies are only checked for syntax (JsonSyntax), not parsed into a document.
    static constexpr qsizetype maxParsedBytes = 1024 * 1024;

    enum class Shape {
        Empty, // no bytes (the platform's normal answer to most deletes)
        Json, // valid JSON without an error object
        PlatformError, // {"error":{"code":...,"msg":...}}
        Html, // an HTML page, typically from a proxy or load balancer
        MalformedJson, // looks like JSON but does not parse (e.g. truncated)
        Text, // anything else
    };

    struct Result
    {
        Shape shape = Shape::Empty;
        std::optional<PlatformError> error;
        QString parseError; // for MalformedJson: what is wrong and where
        qsizetype parseErrorOffset = -1;
    };

    // `contentType` is the response's Content-Type header, used as a hint only.
    static Result decode(const QByteArray &body, const QByteArray &contentType = {});

    // The platform error inside an already parsed JSON object, if it has one.
    static std::optional<PlatformError> fromJsonObject(const QJsonObject &object);

    static QString shapeName(Shape shape);
};

} // namespace xlink
