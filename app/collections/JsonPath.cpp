#include "JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xlink {

std::optional<QList<JsonPath::Segment>> JsonPath::parse(QStringView path)
{
    QList<Segment> segments;
    qsizetype i = 0;
    const qsizetype n = path.size();
    if (i < n && path.at(i) == u'$')
        ++i;
    bool first = true;
    while (i < n) {
        const QChar c = path.at(i);
        if (c == u'[') {
            ++i;
            if (i < n && (path.at(i) == u'\'' || path.at(i) == u'"')) {
                const QChar quote = path.at(i++);
                QString key;
                while (i < n && path.at(i) != quote) {
                    if (path.at(i) == u'\\' && i + 1 < n)
                        ++i;
                    key += path.at(i++);
                }
                if (i >= n)
                    return std::nullopt;
                ++i; // the closing quote
                segments.append(key);
            } else {
                const qsizetype start = i;
                while (i < n && path.at(i).isDigit())
                    ++i;
                if (i == start || i - start > 9)
                    return std::nullopt;
                segments.append(path.mid(start, i - start).toLongLong());
            }
            if (i >= n || path.at(i) != u']')
                return std::nullopt;
            ++i;
        } else {
            if (c == u'.')
                ++i;
            else if (!first || path.startsWith(u'$'))
                return std::nullopt;
            const qsizetype start = i;
            while (i < n && path.at(i) != u'.' && path.at(i) != u'[') {
                // Keys with spaces or quotes are written quoted: ['a b'].
                if (path.at(i).isSpace() || path.at(i) == u'\'' || path.at(i) == u'"'
                    || path.at(i) == u']')
                    return std::nullopt;
                ++i;
            }
            if (i == start)
                return std::nullopt;
            segments.append(path.mid(start, i - start).toString());
        }
        first = false;
    }
    return segments;
}

std::optional<QJsonValue> JsonPath::evaluate(const QJsonValue &root, const QList<Segment> &segments)
{
    QJsonValue value = root;
    for (const Segment &segment : segments) {
        if (const QString *key = std::get_if<QString>(&segment)) {
            if (!value.isObject())
                return std::nullopt;
            const QJsonObject object = value.toObject();
            const auto found = object.constFind(*key);
            if (found == object.constEnd())
                return std::nullopt;
            value = *found;
        } else {
            const qsizetype index = std::get<qsizetype>(segment);
            if (!value.isArray() || index >= value.toArray().size())
                return std::nullopt;
            value = value.toArray().at(index);
        }
    }
    return value;
}

QString JsonPath::toJavaScript(const QList<Segment> &segments)
{
    QString out;
    for (const Segment &segment : segments) {
        if (const QString *key = std::get_if<QString>(&segment)) {
            // A JSON string is a JavaScript string literal.
            const QByteArray quoted
                = QJsonDocument(QJsonArray { *key }).toJson(QJsonDocument::Compact);
            out += u'[' + QString::fromUtf8(quoted.mid(1, quoted.size() - 2)) + u']';
        } else {
            out += u'[' + QString::number(std::get<qsizetype>(segment)) + u']';
        }
    }
    return out;
}

QString JsonPath::toText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray one = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(one.mid(1, one.size() - 2));
}

} // namespace xlink
