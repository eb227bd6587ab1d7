// libFuzzer target: the sandbox's query body (QueryBody), which every list and search call
// parses from the client's request. A rejected body says 4001001; an accepted one selects,
// pages and projects a fixed set of devices consistently.
#include "FuzzCheck.h"
#include "query/JsonCompare.h"
#include "query/QueryBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using xlink::sandbox::JsonCompare;
using xlink::sandbox::QueryBody;

namespace {

// Devices with every value type the sandbox stores, plus missing and null fields.
const QList<QJsonObject> &devices()
{
    static const QList<QJsonObject> items = [] {
        const QByteArray json = R"([
  {"id":1,"mac":"AABBCCDDEE01","is_online":true,"firmware_version":2,"name":"台灯",
   "active_date":"2026-01-02T03:04:05.678Z"},
  {"id":2,"mac":"aabbccddee02","is_online":false,"firmware_version":1.5,"name":null},
  {"id":3,"mac":"FFEEDDCCBBAA","is_online":true,"firmware_version":-1e308,"name":"%_x"},
  {"id":4,"is_online":1,"firmware_version":"3","tags":["a","b"],"meta":{"k":1}},
  {"id":5.5,"mac":"","is_online":null,"firmware_version":1e308,"name":"lamp lamp"}
])";
        QList<QJsonObject> out;
        const QJsonArray array = QJsonDocument::fromJson(json).array();
        for (const QJsonValue &value : array)
            out.append(value.toObject());
        return out;
    }();
    return items;
}

int sign(int x)
{
    return (x > 0) - (x < 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    int errorCode = 0;
    const std::optional<QueryBody> query = QueryBody::parse(body, &errorCode);
    if (!query) {
        XLINK_FUZZ_CHECK(errorCode == 4001001);
        return 0;
    }
    qsizetype matching = 0;
    for (const QJsonObject &item : devices())
        matching += query->matches(item) ? 1 : 0;
    const QJsonObject page = query->apply(devices());
    XLINK_FUZZ_CHECK(page.value(u"count").toInteger() == matching);
    const QJsonArray list = page.value(u"list").toArray();
    XLINK_FUZZ_CHECK(list.size() <= matching && list.size() <= QueryBody::maxLimit);

    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const qint64 offset = request.value(u"offset").toInteger(0);
    const qint64 limit = request.value(u"limit").toInteger(10);
    if (offset >= 0 && offset <= matching && limit >= 0)
        XLINK_FUZZ_CHECK(list.size() == std::min<qint64>(limit, matching - offset));
    const QJsonArray filter = request.value(u"filter").toArray();
    for (const QJsonValue &item : list) {
        const QJsonObject object = item.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            XLINK_FUZZ_CHECK(filter.isEmpty() || filter.contains(QJsonValue(it.key())));
    }

    // Sorting needs a consistent comparator: antisymmetric on every operand the query holds.
    QList<QJsonValue> values;
    const QJsonObject conditions = request.value(u"query").toObject();
    for (auto it = conditions.begin(); it != conditions.end(); ++it)
        values.append(it.value());
    for (const QJsonObject &item : devices()) {
        for (auto it = item.begin(); it != item.end(); ++it)
            values.append(it.value());
    }
    for (const QJsonValue &a : values) {
        for (const QJsonValue &b : values)
            XLINK_FUZZ_CHECK(
                sign(JsonCompare::sortOrder(a, b)) == -sign(JsonCompare::sortOrder(b, a)));
    }
    return 0;
}
