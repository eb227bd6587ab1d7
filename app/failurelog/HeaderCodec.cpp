#include "HeaderCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xlink {

QString HeaderCodec::encode(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HeaderList HeaderCodec::decode(const QString &json)
{
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
