#include "http/FieldReader.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace xlink::sandbox {

namespace {

constexpr int invalidField = 4001001;
constexpr int missingField = 4001002;

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15;
}

} // namespace

FieldReader::FieldReader(const QByteArray &body, EmptyBody empty)
{
    if (body.trimmed().isEmpty() && empty == EmptyBody::AsEmptyObject)
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        fail(invalidField);
    else
        m_object = document.object();
}

FieldReader::FieldReader(const QJsonObject &object)
    : m_object(object)
{ }

void FieldReader::fail(int code)
{
    if (m_errorCode == 0)
        m_errorCode = code;
}

void FieldReader::check(bool condition)
{
    if (!condition)
        fail(invalidField);
}

bool FieldReader::present(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

bool FieldReader::has(const QString &key) const
{
    return present(key);
}

QString FieldReader::requiredString(const QString &key, qsizetype maxLength)
{
    if (!present(key)) {
        fail(missingField);
        return {};
    }
    const std::optional<QString> text = optionalString(key, maxLength);
    if (text && text->isEmpty())
        fail(missingField);
    return text.value_or(QString());
}

std::optional<QString> FieldReader::optionalString(const QString &key, qsizetype maxLength)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isString() || (maxLength > 0 && value.toString().size() > maxLength)) {
        fail(invalidField);
        return std::nullopt;
    }
    return value.toString();
}

qint64 FieldReader::requiredInt(const QString &key)
{
    if (!present(key)) {
        fail(missingField);
        return 0;
    }
    return optionalInt(key).value_or(0);
}

std::optional<qint64> FieldReader::optionalInt(const QString &key)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!isInteger(value)) {
        fail(invalidField);
        return std::nullopt;
    }
    return qint64(value.toDouble());
}

std::optional<double> FieldReader::optionalNumber(const QString &key)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble()) {
        fail(invalidField);
        return std::nullopt;
    }
    return value.toDouble();
}

bool FieldReader::requiredBool(const QString &key)
{
    if (!present(key)) {
        fail(missingField);
        return false;
    }
    return optionalBool(key).value_or(false);
}

std::optional<bool> FieldReader::optionalBool(const QString &key)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(invalidField);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonArray> FieldReader::optionalArray(const QString &key)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(invalidField);
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> FieldReader::optionalObject(const QString &key)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(invalidField);
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace xlink::sandbox
