#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace xlink::sandbox {

// Reads a JSON request body field by field the way the platform validates it: a body that is
// not a JSON object, or a field of the wrong type, is 4001001; a missing or empty required field
// is 4001002. The first problem wins; later reads return defaults, so a handler reads all its
// fields and checks ok() once.
class FieldReader final
{
public:
    enum class EmptyBody { Invalid, AsEmptyObject };

    explicit FieldReader(const QByteArray &body, EmptyBody empty = EmptyBody::Invalid);
    explicit FieldReader(const QJsonObject &object);

    bool ok() const { return m_errorCode == 0; }
    int errorCode() const { return m_errorCode; }
    const QJsonObject &object() const { return m_object; }
    bool has(const QString &key) const;

    QString requiredString(const QString &key, qsizetype maxLength = 0);
    std::optional<QString> optionalString(const QString &key, qsizetype maxLength = 0);
    qint64 requiredInt(const QString &key);
    std::optional<qint64> optionalInt(const QString &key);
    std::optional<double> optionalNumber(const QString &key);
    bool requiredBool(const QString &key);
    std::optional<bool> optionalBool(const QString &key);
    std::optional<QJsonArray> optionalArray(const QString &key);
    std::optional<QJsonObject> optionalObject(const QString &key);
    // Fails with 4001001 unless `condition` holds: for ranges and enums.
    void check(bool condition);

private:
    void fail(int code);
    bool present(const QString &key) const;

    QJsonObject m_object;
    int m_errorCode = 0;
};

} // namespace xlink::sandbox
