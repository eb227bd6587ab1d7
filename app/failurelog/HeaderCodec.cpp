#include "HeaderCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace xlink {

QString HeaderCodec::encode(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
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
