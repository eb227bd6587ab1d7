#include "query/QueryBody.h"

#include "http/FieldReader.h"
#include "query/JsonCompare.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

constexpr int invalidField = 4001001;

std::optional<int> operatorOf(const QString &name)
{
    static const QHash<QString, int> operators {
        { u"$in"_s, 1 },
        { u"$lt"_s, 2 },
        { u"$lte"_s, 3 },
        { u"$gt"_s, 4 },
        { u"$gte"_s, 5 },
        { u"$like"_s, 6 },
        { u"$all"_s, 7 }, // every value in an array field (tags)
        { u"$nin"_s, 8 },
        { u"$ne"_s, 9 },
    };
    const auto it = operators.constFind(name);
    return it == operators.constEnd() ? std::nullopt : std::optional<int>(*it);
}

// QJsonObject keeps its keys sorted, so the order the client gave its sort fields in is read
// back from the raw text: the first quoted occurrence of each key after "order".
QStringList keysInSourceOrder(const QByteArray &body, const QStringList &keys)
{
    const qsizetype base = std::max<qsizetype>(body.indexOf("\"order\""), 0);
    QList<QPair<qsizetype, QString>> positions;
    for (const QString &key : keys) {
        const qsizetype at = body.indexOf(QByteArray("\"" + key.toUtf8() + "\""), base + 7);
        positions.append({ at < 0 ? body.size() : at, key });
    }
    std::stable_sort(positions.begin(), positions.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ordered;
    for (const auto &position : positions)
        ordered.append(position.second);
    return ordered;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

} // namespace

std::optional<QueryBody> QueryBody::parse(const QByteArray &body, int *errorCode)
{
    const auto fail = [errorCode]() -> std::optional<QueryBody> {
        if (errorCode)
            *errorCode = invalidField;
        return std::nullopt;
    };
    FieldReader reader(body, FieldReader::EmptyBody::AsEmptyObject);
    QueryBody query;
    query.m_offset = reader.optionalInt(u"offset"_s).value_or(0);
    query.m_limit = reader.optionalInt(u"limit"_s).value_or(10);
    const QJsonArray filter = reader.optionalArray(u"filter"_s).value_or(QJsonArray());
    const QJsonObject conditions = reader.optionalObject(u"query"_s).value_or(QJsonObject());
    const QJsonObject order = reader.optionalObject(u"order"_s).value_or(QJsonObject());
    reader.check(query.m_offset >= 0 && query.m_limit >= 0 && query.m_limit <= maxLimit);
    if (!reader.ok())
        return fail();

    for (const QJsonValue &field : filter) {
        if (!field.isString())
            return fail();
        query.m_filter.append(field.toString());
    }
    for (auto it = conditions.begin(); it != conditions.end(); ++it) {
        if (!it->isObject()) {
            if (it->isArray())
                return fail();
            query.m_conditions.append({ it.key(), Operator::Equal, *it });
            continue;
        }
        const QJsonObject operators = it->toObject();
        if (operators.isEmpty())
            return fail();
        for (auto op = operators.begin(); op != operators.end(); ++op) {
            const std::optional<int> kind = operatorOf(op.key());
            if (!kind)
                return fail();
            const auto oper = Operator(*kind);
            const bool takesList
                = oper == Operator::In || oper == Operator::All || oper == Operator::NotIn;
            if (takesList != op->isArray())
                return fail();
            if (oper == Operator::Like && !op->isString())
                return fail();
            if (!takesList && (op->isObject() || op->isNull()))
                return fail();
            query.m_conditions.append({ it.key(), oper, *op });
        }
    }
    for (const QString &field : keysInSourceOrder(body, order.keys())) {
        const QString direction = order.value(field).toString().toLower();
        if (direction != u"asc" && direction != u"desc")
            return fail();
        query.m_order.append({ field, direction == u"asc" });
    }
    return query;
}

bool QueryBody::test(const QJsonValue &value, const Condition &condition)
{
    switch (condition.op) {
    case Operator::Equal:
        return JsonCompare::equal(value, condition.operand);
    case Operator::NotEqual:
        return !JsonCompare::equal(value, condition.operand);
    case Operator::In:
    case Operator::NotIn: {
        const QJsonArray candidates = condition.operand.toArray();
        const bool found = std::any_of(candidates.begin(), candidates.end(),
            [&value](const QJsonValue &candidate) { return JsonCompare::equal(value, candidate); });
        return found == (condition.op == Operator::In);
    }
    case Operator::All: {
        const QJsonArray wanted = condition.operand.toArray();
        const QJsonArray present = value.toArray();
        return value.isArray()
            && std::all_of(wanted.begin(), wanted.end(), [&present](const QJsonValue &item) {
                   return std::any_of(present.begin(), present.end(),
                       [&item](const QJsonValue &have) { return JsonCompare::equal(have, item); });
               });
    }
    case Operator::Like: {
        if (value.isUndefined() || value.isNull())
            return false;
        const QString pattern = condition.operand.toString();
        if (!pattern.contains(u'%'))
            return textOf(value).contains(pattern, Qt::CaseInsensitive);
        // SQL-style wildcards: % for any run of characters.
        QString regex = QRegularExpression::escape(pattern);
        regex.replace(u"%"_s, u".*"_s);
        return QRegularExpression(QRegularExpression::anchoredPattern(regex),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::DotMatchesEverythingOption)
            .match(textOf(value))
            .hasMatch();
    }
    default:
        break;
    }
    const std::optional<int> order = JsonCompare::order(value, condition.operand);
    if (!order)
        return false;
    switch (condition.op) {
    case Operator::Less:
        return *order < 0;
    case Operator::LessOrEqual:
        return *order <= 0;
    case Operator::Greater:
        return *order > 0;
    case Operator::GreaterOrEqual:
        return *order >= 0;
    default:
        return false;
    }
}

bool QueryBody::matches(const QJsonObject &item) const
{
    return std::all_of(
        m_conditions.begin(), m_conditions.end(), [&item](const Condition &condition) {
            return test(item.value(condition.field), condition);
        });
}

QJsonObject QueryBody::apply(const QList<QJsonObject> &items) const
{
    QList<QJsonObject> selected;
    for (const QJsonObject &item : items) {
        if (matches(item))
            selected.append(item);
    }
    if (!m_order.isEmpty()) {
        std::stable_sort(
            selected.begin(), selected.end(), [this](const QJsonObject &a, const QJsonObject &b) {
                for (const SortKey &key : m_order) {
                    const int c = JsonCompare::sortOrder(a.value(key.field), b.value(key.field));
                    if (c != 0)
                        return key.ascending ? c < 0 : c > 0;
                }
                return false;
            });
    }
    QJsonArray list;
    for (qint64 i = m_offset; i < selected.size() && i < m_offset + m_limit; ++i) {
        if (m_filter.isEmpty()) {
            list.append(selected.at(i));
            continue;
        }
        QJsonObject projected;
        for (const QString &field : m_filter) {
            const QJsonValue value = selected.at(i).value(field);
            if (!value.isUndefined())
                projected.insert(field, value);
        }
        list.append(projected);
    }
    return { { u"count"_s, selected.size() }, { u"list"_s, list } };
}

void QueryBody::alwaysInclude(const QStringList &fields)
{
    if (m_filter.isEmpty())
        return;
    for (const QString &field : fields) {
        if (!m_filter.contains(field))
            m_filter.append(field);
    }
}

} // namespace xlink::sandbox
