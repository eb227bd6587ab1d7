#include "TeamFilter.h"

using namespace Qt::StringLiterals;

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

// As LogFilter reads them: exact numbers, or the numbers of `digits` digits a prefix begins.
QStringList numberParts(const QString &column, const QList<int> &exact, const QStringList &prefixes,
    int digits, QVariantList *values)
{
    QStringList parts;
    if (!exact.isEmpty())
        parts << column + u" IN (" + placeholders(exact, values) + u')';
    for (const QString &prefix : prefixes) {
        int scale = 1;
        for (qsizetype i = prefix.size(); i < digits; ++i)
            scale *= 10;
        const int first = prefix.toInt() * scale;
        parts << column + u" BETWEEN ? AND ?"_s;
        values->append(first);
        values->append(first + scale - 1);
    }
    return parts;
}

} // namespace

QString TeamFilter::textClause(const QString &needle, QVariantList *values)
{
    QString pattern = needle;
    pattern.replace(u'\\', u"\\\\"_s);
    pattern.replace(u'%', u"\\%"_s);
    pattern.replace(u'_', u"\\_"_s);
    pattern = u'%' + pattern + u'%';
    QStringList likes;
    for (const QString &column : LogFilter::searchColumns()) {
        likes << column + u" ILIKE ?"_s;
        values->append(pattern);
    }
    return u'(' + likes.join(u" OR "_s) + u')';
}

QString TeamFilter::sql(QVariantList *values) const
{
    QStringList clauses;
    if (log.failuresOnly)
        clauses << u"failure"_s;
    if (!log.codes.isEmpty() || !log.codePrefixes.isEmpty())
        clauses << u'('
                + numberParts(u"code"_s, log.codes, log.codePrefixes, 7, values).join(u" OR "_s)
                + u')';
    if (!log.statuses.isEmpty() || !log.statusPrefixes.isEmpty()) {
        QList<int> answered;
        for (const int status : log.statuses) {
            if (status > 0)
                answered << status;
        }
        QStringList parts = numberParts(u"http_status"_s, answered, log.statusPrefixes, 3, values);
        if (answered.size() != log.statuses.size())
            parts << u"http_status IS NULL"_s;
        clauses << u'(' + parts.join(u" OR "_s) + u')';
    }
    if (!log.endpoints.isEmpty())
        clauses << u"endpoint IN ("_s + placeholders(log.endpoints, values) + u')';
    if (!log.environments.isEmpty())
        clauses << u"environment IN ("_s + placeholders(log.environments, values) + u')';
    if (!senders.isEmpty())
        clauses << u"sender IN ("_s + placeholders(senders, values) + u')';
    if (!log.kinds.isEmpty()) {
        QStringList names;
        for (const CallRecord::Kind kind : log.kinds)
            names << CallRecord::kindName(kind);
        clauses << u"kind IN ("_s + placeholders(names, values) + u')';
    }
    if (log.since.isValid()) {
        clauses << u"started_at >= ?"_s;
        values->append(log.since.toUTC());
    }
    if (log.until.isValid()) {
        clauses << u"started_at < ?"_s;
        values->append(log.until.toUTC());
    }
    if (!log.ids.isEmpty()) {
        // One array value however many rows are selected.
        QString array;
        array.reserve(log.ids.size() * 8);
        for (const qint64 id : log.ids) {
            array += array.isEmpty() ? u'{' : u',';
            array += QString::number(id);
        }
        values->append(QString(array + u'}'));
        clauses << u"id = ANY (?::bigint[])"_s;
    }
    if (const QString needle = log.text.trimmed(); !needle.isEmpty())
        clauses << textClause(needle, values);
    return clauses.isEmpty() ? u"TRUE"_s : clauses.join(u" AND "_s);
}

} // namespace xlink
