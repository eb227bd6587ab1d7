#include "EditorText.h"

#include "ApiOperation.h"
#include "JsonBodyValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xlink {

QString EditorText::pretty(const QByteArray &body)
{
    QByteArray text = JsonBodyValidator::prettyPrinted(body);
    while (text.endsWith('\n'))
        text.chop(1);
    return QString::fromUtf8(text);
}

QString EditorText::example(const ApiOperation &operation)
{
    const QJsonValue example = operation.requestExample;
    if (example.isObject())
        return pretty(QJsonDocument(example.toObject()).toJson(QJsonDocument::Compact));
    if (example.isArray())
        return pretty(QJsonDocument(example.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace xlink
