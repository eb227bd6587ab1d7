#include "HeaderCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace xlink {

QString HeaderCodec::encode(const HeaderList &headers)
{
    return QString::fromUtf8(encodeUtf8(headers));
}

namespace {

// Printable ASCII that JSON writes as it is: no quote, no backslash.
bool isPlain(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(),
        [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
}

} // namespace

QByteArray HeaderCodec::encodeUtf8(const HeaderList &headers)
{
    // Nearly every header is plain ASCII: written directly, exactly as the JSON writer would
    // (the writer costs more than the rest of a record's insert). Anything else goes through it.
    const bool plain = std::all_of(headers.cbegin(), headers.cend(),
        [](const auto &header) { return isPlain(header.first) && isPlain(header.second); });
    if (plain) {
        QByteArray out;
        qsizetype size = 2;
        for (const auto &[name, value] : headers)
            size += name.size() + value.size() + 8;
        out.reserve(size);
        out += '[';
        for (const auto &[name, value] : headers) {
            if (out.size() > 1)
                out += ',';
            out += "[\"";
            out += name;
            out += "\",\"";
            out += value;
            out += "\"]";
        }
        out += ']';
        return out;
    }
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

namespace {

// The string at `at` (just past its opening quote) up to the closing quote, when it holds no
// escape and no control character; moves `at` past the quote.
std::optional<QStringView> plainString(QStringView json, qsizetype &at)
{
    const qsizetype start = at;
    for (; at < json.size(); ++at) {
        const char16_t c = json[at].unicode();
        if (c == u'"')
            return json.sliced(start, at++ - start);
        if (c == u'\\' || c < 0x20)
            return std::nullopt;
    }
    return std::nullopt;
}

// The form encode() writes, `[["name","value"],...]` without escapes, read without a JSON
// document (an export decodes two header lists per record). nullopt for anything else, which
// the JSON parser then reads.
std::optional<HeaderList> decodePlain(QStringView json)
{
    HeaderList headers;
    qsizetype at = 0;
    auto expect = [&](char16_t c) {
        if (at >= json.size() || json[at] != c)
            return false;
        ++at;
        return true;
    };
    if (!expect(u'['))
        return std::nullopt;
    if (expect(u']'))
        return at == json.size() ? std::optional(headers) : std::nullopt;
    do {
        if (!expect(u'[') || !expect(u'"'))
            return std::nullopt;
        const auto name = plainString(json, at);
        if (!name || !expect(u',') || !expect(u'"'))
            return std::nullopt;
        const auto value = plainString(json, at);
        if (!value || !expect(u']'))
            return std::nullopt;
        headers.append({ name->toLatin1(), value->toUtf8() });
    } while (expect(u','));
    if (!expect(u']') || at != json.size())
        return std::nullopt;
    return headers;
}

} // namespace

HeaderList HeaderCodec::decode(const QString &json)
{
    if (auto headers = decodePlain(json))
        return *std::move(headers);
    HeaderList headers;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : array) {
        const QJsonArray item = pair.toArray();
        if (item.size() == 2)
            headers.append({ item.at(0).toString().toLatin1(), item.at(1).toString().toUtf8() });
    }
    return headers;
}

} // namespace xlink
