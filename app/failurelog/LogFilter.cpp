#include "LogFilter.h"

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

} // namespace

QString LogFilter::sql(QVariantList *values) const
{
    QStringList clauses;
    if (failuresOnly)
        clauses << QStringLiteral("failure = 1");
    if (!codes.isEmpty())
        clauses << u"code IN (" + placeholders(codes, values) + u')';
    if (!statuses.isEmpty()) {
        QList<int> answered;
        for (int status : statuses) {
            if (status > 0)
                answered << status;
        }
        QStringList parts;
        if (!answered.isEmpty())
            parts << u"http_status IN (" + placeholders(answered, values) + u')';
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
    if (!ids.isEmpty())
        clauses << u"id IN (" + placeholders(ids, values) + u')';
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        if (needle.size() >= 3) {
            // Trigram full-text index: a quoted phrase matches any substring of 3+ characters.
            QString phrase = needle;
            phrase.replace(u'"', QStringLiteral("\"\""));
            clauses << QStringLiteral(
                "id IN (SELECT rowid FROM calls_search WHERE calls_search MATCH ?)");
            values->append(QString(u'"' + phrase + u'"'));
        } else {
            // Shorter than a trigram: scan the text columns.
            QString pattern = needle;
            pattern.replace(u'\\', QStringLiteral("\\\\"));
            pattern.replace(u'%', QStringLiteral("\\%"));
            pattern.replace(u'_', QStringLiteral("\\_"));
            pattern = u'%' + pattern + u'%';
            QStringList columns = { QStringLiteral("target"), QStringLiteral("server_msg"),
                QStringLiteral("error_text"), QStringLiteral("message_zh"),
                QStringLiteral("message_en"), QStringLiteral("environment") };
            QStringList likes;
            for (const QString &column : columns) {
                likes << column + u" LIKE ? ESCAPE '\\'";
                values->append(pattern);
            }
            clauses << u'(' + likes.join(u" OR ") + u')';
        }
    }
    return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(u" AND ");
}

} // namespace xlink
