#include "LogFilter.h"

#include <QRegularExpression>

namespace xlink {

namespace {

template<typename T>
QString placeholders(const QList<T> &items, QVariantList *values)
{
    QString marks;
    for (const T &item : items) {
        marks += marks.isEmpty() ? u"?" : u", ?";
        values->append(QVariant::fromValue(item));
    }
    return marks;
}

// The runs of digits and x's in a field, whatever separates them.
QStringList numberTokens(QStringView text)
{
    static const QRegularExpression token(QStringLiteral("[0-9]+[xX]*"));
    QStringList tokens;
    for (auto it = token.globalMatch(text); it.hasNext();)
        tokens << it.next().captured().toLower();
    return tokens;
}

// "code IN (...) OR code BETWEEN ? AND ? ...": a number of `digits` digits that is `values`
// exactly or begins with one of `prefixes`.
template<typename T>
QString numberClause(const QString &column, const QList<T> &exact, const QStringList &prefixes,
    int digits, QVariantList *values)
{
    QStringList parts;
    if (!exact.isEmpty())
        parts << column + u" IN (" + placeholders(exact, values) + u')';
    for (const QString &prefix : prefixes) {
        qint64 scale = 1;
        for (qsizetype i = prefix.size(); i < digits; ++i)
            scale *= 10;
        const qint64 first = prefix.toLongLong() * scale;
        parts << column + u" BETWEEN ? AND ?";
        values->append(first);
        values->append(first + scale - 1);
    }
    return u'(' + parts.join(u" OR ") + u')';
}

} // namespace

void LogFilter::setCodesFromText(QStringView text)
{
    codes.clear();
    codePrefixes.clear();
    for (const QString &token : numberTokens(text)) {
        if (token.contains(u'x') || token.size() > 7)
            continue;
        if (token.size() == 7)
            codes << token.toInt();
        else if (!codePrefixes.contains(token))
            codePrefixes << token;
    }
}

void LogFilter::setStatusesFromText(QStringView text)
{
    statuses.clear();
    statusPrefixes.clear();
    for (QString token : numberTokens(text)) {
        const qsizetype digits = token.indexOf(u'x') < 0 ? token.size() : token.indexOf(u'x');
        if (token.size() > 3 || (token.size() < 3 && token.contains(u'x')))
            continue;
        if (token.toInt() == 0 && digits == token.size()) {
            statuses << 0; // no answer, however it is written
        } else if (digits == 3) {
            statuses << token.toInt();
        } else {
            token.truncate(digits);
            if (!statusPrefixes.contains(token))
                statusPrefixes << token;
        }
    }
}

const QStringList &LogFilter::searchColumns()
{
    static const QStringList columns = { QStringLiteral("target"), QStringLiteral("server_msg"),
        QStringLiteral("error_text"), QStringLiteral("message_zh"), QStringLiteral("message_en"),
        QStringLiteral("environment") };
    return columns;
}

namespace {

QString likePattern(const QString &needle)
{
    QString pattern = needle;
    pattern.replace(u'\\', QStringLiteral("\\\\"));
    pattern.replace(u'%', QStringLiteral("\\%"));
    pattern.replace(u'_', QStringLiteral("\\_"));
    return u'%' + pattern + u'%';
}

QString likeAny(const QStringList &columns, const QString &pattern, QVariantList *values)
{
    QStringList likes;
    for (const QString &column : columns) {
        likes << column + u" LIKE ? ESCAPE '\\'";
        values->append(pattern);
    }
    return u'(' + likes.join(u" OR ") + u')';
}

} // namespace

QString LogFilter::likeClause(const QString &needle, QVariantList *values)
{
    return likeAny(searchColumns(), likePattern(needle), values);
}

QString LogFilter::describedMatches(const QString &needle, const QString &what,
    const std::function<QString(QVariantList *)> &condition, QVariantList *values)
{
    static const QStringList messages
        = { QStringLiteral("message_zh"), QStringLiteral("message_en") };
    static const QStringList indexed = { QStringLiteral("target"), QStringLiteral("server_msg"),
        QStringLiteral("error_text"), QStringLiteral("environment") };
    const QString pattern = likePattern(needle);
    // A code's rows through (failure, code, ...), a kind's (calls without a code) through
    // (failure, kind, ...); each row is then checked, as a catalogue may have described a code
    // differently over time. A row the index matches too is left to the index, so the
    // branches never count a row twice.
    // The index is named: with the statistics of ANALYZE the planner would rather scan the
    // table (it cannot tell how few codes the subquery yields). The id is compared with `+`
    // so that it never becomes the search key. (Built statement by statement: the values are
    // appended in the order of their marks.)
    auto branch = [&](const QString &key, const QString &keyed, const QString &own) {
        QString sql = u"SELECT " + what + u" FROM calls INDEXED BY calls_failure_" + key
            + u" WHERE failure IN (0, 1) AND " + key + u" IN (SELECT " + key
            + u" FROM call_messages WHERE " + keyed + u" AND ";
        sql += likeAny(messages, pattern, values);
        sql += u")" + own + u" AND +id <= (SELECT indexed_upto FROM search_state) AND ";
        sql += likeAny(messages, pattern, values);
        sql += u" AND NOT coalesce(";
        sql += likeAny(indexed, pattern, values);
        sql += u", 0)";
        if (condition)
            sql += u" AND " + condition(values);
        return sql;
    };
    QString sql = branch(QStringLiteral("code"), QStringLiteral("code != 0"), QString());
    sql += u" UNION ALL ";
    sql += branch(QStringLiteral("kind"), QStringLiteral("code = 0"),
        QStringLiteral(" AND coalesce(code, 0) = 0"));
    return sql;
}

QString LogFilter::sql(QVariantList *values) const
{
    QStringList clauses;
    if (failuresOnly)
        clauses << QStringLiteral("failure = 1");
    if (!codes.isEmpty() || !codePrefixes.isEmpty())
        clauses << numberClause(QStringLiteral("code"), codes, codePrefixes, 7, values);
    if (!statuses.isEmpty() || !statusPrefixes.isEmpty()) {
        QList<int> answered;
        for (int status : statuses) {
            if (status > 0)
                answered << status;
        }
        QStringList parts;
        if (!answered.isEmpty() || !statusPrefixes.isEmpty())
            parts << numberClause(
                QStringLiteral("http_status"), answered, statusPrefixes, 3, values);
        if (answered.size() != statuses.size())
            parts << QStringLiteral("http_status IS NULL");
        clauses << u'(' + parts.join(u" OR ") + u')';
    }
    if (!endpoints.isEmpty())
        clauses << u"endpoint IN (" + placeholders(endpoints, values) + u')';
    if (!environments.isEmpty())
        clauses << u"environment IN (" + placeholders(environments, values) + u')';
    if (!kinds.isEmpty()) {
        QStringList names;
        for (CallRecord::Kind kind : kinds)
            names << CallRecord::kindName(kind);
        clauses << u"kind IN (" + placeholders(names, values) + u')';
    }
    if (since.isValid()) {
        clauses << QStringLiteral("started_at >= ?");
        values->append(since.toMSecsSinceEpoch());
    }
    if (until.isValid()) {
        clauses << QStringLiteral("started_at < ?");
        values->append(until.toMSecsSinceEpoch());
    }
    if (ids.size() > maxBoundIds) {
        // A selection of many rows: one value per id would pass SQLite's limit on bound
        // values (32,766), so the ids go as one JSON array.
        QString array;
        array.reserve(ids.size() * 8);
        for (const qint64 id : ids) {
            array += array.isEmpty() ? u'[' : u',';
            array += QString::number(id);
        }
        values->append(QString(array + u']'));
        clauses << QStringLiteral("id IN (SELECT value FROM json_each(?))");
    } else if (!ids.isEmpty()) {
        clauses << u"id IN (" + placeholders(ids, values) + u')';
    }
    const QString needle = text.trimmed();
    if (needle.size() >= 3) {
        // Trigram full-text index: a quoted phrase matches any substring of 3+ characters.
        // Rows above the index's watermark are not in it yet: scan those few. One list of
        // ids, so the planner still looks the matches up by id (an OR would make it walk
        // the whole time index for a rare text). The descriptions are not in the index:
        // describedMatches() finds them by code and kind.
        QString phrase = needle;
        phrase.replace(u'"', QStringLiteral("\"\""));
        values->append(QString(u'"' + phrase + u'"'));
        clauses << u"id IN (SELECT rowid FROM calls_search WHERE calls_search MATCH ?"
                   u" UNION ALL SELECT id FROM calls"
                   u" WHERE id > (SELECT indexed_upto FROM search_state) AND "
                + likeClause(needle, values) + u" UNION ALL ";
        clauses.last() += describedMatches(needle, QStringLiteral("id"), {}, values) + u')';
    } else if (!needle.isEmpty()) {
        // Shorter than a trigram: scan the text columns.
        clauses << likeClause(needle, values);
    }
    return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(u" AND ");
}

} // namespace xlink
