#include "catalogue/ErrorBodyDecoder.h"

#include "catalogue/JsonSyntax.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <string_view>

namespace xlink {

namespace {

QByteArrayView leadingTrimmed(QByteArrayView data)
{
    qsizetype i = 0;
    // Skip a UTF-8 byte-order mark and whitespace.
    if (data.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < data.size()
        && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        ++i;
    return data.sliced(i);
}

bool looksLikeHtml(QByteArrayView trimmed, const QByteArray &contentType)
{
    if (contentType.contains("html"))
        return true;
    const QByteArrayView head = trimmed.first(std::min<qsizetype>(trimmed.size(), 256));
    const QByteArray lower = head.toByteArray().toLower();
    return lower.startsWith("<!doctype html") || lower.startsWith("<html")
        || lower.startsWith("<head") || lower.startsWith("<body")
        || (lower.startsWith("<") && lower.contains("<title"));
}

} // namespace

std::optional<PlatformError> ErrorBodyDecoder::fromJsonObject(const QJsonObject &object)
{
    const QJsonValue errorValue = object.value(u"error");
    if (!errorValue.isObject())
        return std::nullopt;
    const QJsonObject error = errorValue.toObject();
    if (!error.contains(u"code") && !error.contains(u"msg"))
        return std::nullopt;
    PlatformError result;
    const QJsonValue code = error.value(u"code");
    if (code.isDouble()) {
        const double number = code.toDouble();
        result.codeWasNumber = true;
        result.rawCode = QString::number(number, 'g', 17);
        if (number >= 0 && number <= 2147483647.0 && double(qint64(number)) == number)
            result.code = int(number);
    } else if (code.isString()) {
        result.rawCode = code.toString();
        bool ok = false;
        const int parsed = result.rawCode.trimmed().toInt(&ok);
        result.code = ok && parsed > 0 ? parsed : 0;
    }
    const QJsonValue msg = error.value(u"msg");
    result.serverMessage = msg.isString()
        ? msg.toString()
        : QString::fromUtf8(
            QJsonDocument::fromVariant(msg.toVariant()).toJson(QJsonDocument::Compact));
    if (msg.isUndefined() || msg.isNull())
        result.serverMessage.clear();
    return result;
}

ErrorBodyDecoder::Result ErrorBodyDecoder::decode(
    const QByteArray &body, const QByteArray &contentType)
{
    Result result;
    const QByteArrayView trimmed = leadingTrimmed(body);
    if (trimmed.isEmpty()) {
        result.shape = Shape::Empty;
        return result;
    }
    const char first = trimmed.front();
    if ((first == '{' || first == '[') && body.size() > maxParsedBytes) {
        // A document of a large body costs seconds and several times its size in memory. A
        // platform error object is a few hundred bytes: a body this large is data, so checking
        // its syntax is enough.
        const QJsonParseError check = JsonSyntax::check(body);
        if (check.error != QJsonParseError::NoError) {
            result.shape = Shape::MalformedJson;
            result.parseError = check.errorString();
            result.parseErrorOffset = std::min<qsizetype>(check.offset, body.size());
            return result;
        }
        result.shape = Shape::Json;
        return result;
    }
    // A platform error is an object with the key "error": an array, or an object that spells
    // no such key, neither as is nor with \u escapes, is data (most answers: every success),
    // and checking its syntax is enough, at a fraction of a document's cost. A body found
    // malformed is parsed below all the same, so the error and its offset are Qt's.
    const std::string_view text(body.constData(), size_t(body.size())); // find() is memchr's
    const bool cannotBeAnError = first == '['
        || (first == '{' && text.find("error") == text.npos && text.find("\\u") == text.npos);
    if (cannotBeAnError && JsonSyntax::check(body).error == QJsonParseError::NoError) {
        result.shape = Shape::Json;
        return result;
    }
    if (first == '{' || first == '[') {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.shape = Shape::MalformedJson;
            result.parseError = parseError.errorString();
            // Qt reports a truncated document's error one past its last byte.
            result.parseErrorOffset = std::min<qsizetype>(parseError.offset, body.size());
            return result;
        }
        result.shape = Shape::Json;
        if (document.isObject()) {
            result.error = fromJsonObject(document.object());
            if (result.error)
                result.shape = Shape::PlatformError;
        }
        return result;
    }
    result.shape = looksLikeHtml(trimmed, contentType) ? Shape::Html : Shape::Text;
    return result;
}

QString ErrorBodyDecoder::shapeName(Shape shape)
{
    switch (shape) {
    case Shape::Empty:
        return QStringLiteral("empty");
    case Shape::Json:
        return QStringLiteral("json");
    case Shape::PlatformError:
        return QStringLiteral("platform-error");
    case Shape::Html:
        return QStringLiteral("html");
    case Shape::MalformedJson:
        return QStringLiteral("malformed-json");
    case Shape::Text:
        return QStringLiteral("text");
    }
    return {};
}

} // namespace xlink
