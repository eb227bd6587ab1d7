#include "TeamWriter.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// "(?::uuid, ?, ?::timestamptz, ...)": explicit types where text would be ambiguous.
QString rowPlaceholders()
{
    QStringList marks { u"?::uuid"_s, u"?"_s };
    for (const QString &column : TeamRecord::columns()) {
        if (column == u"started_at")
            marks << u"?::timestamptz"_s;
        else if (column.endsWith(u"_body"))
            marks << u"?::bytea"_s;
        else if (column == u"failure")
            marks << u"?::boolean"_s;
        else if (column.endsWith(u"_size") || column == u"duration_ms")
            marks << u"?::bigint"_s;
        else if (column == u"http_status" || column == u"code")
            marks << u"?::integer"_s;
        else
            marks << u"?::text"_s;
    }
    return u'(' + marks.join(u", ") + u')';
}

} // namespace

TeamWriter::TeamWriter(QSqlDatabase db)
    : m_db(std::move(db))
{ }

qint64 TeamWriter::write(
    const QList<TeamRecord> &records, const QString &sender, TeamConnectionError *error)
{
    qint64 inserted = 0;
    static const QString row = rowPlaceholders();
    static const QString head = u"INSERT INTO xlink_calls (record_id, sender, "_s
        + TeamRecord::columns().join(u", ") + u") VALUES "_s;
    for (qsizetype start = 0; start < records.size(); start += maxRows) {
        const qsizetype count = std::min<qsizetype>(maxRows, records.size() - start);
        QString sql = head;
        sql.reserve(head.size() + count * (row.size() + 2) + 48);
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                sql += u", ";
            sql += row;
        }
        // No conflict target: the unique key may be (record_id, started_at) on a table
        // partitioned by month (README), and either way a record the server has is skipped.
        sql += u" ON CONFLICT DO NOTHING"_s;
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            *error = TeamConnectionError::classify(query.lastError());
            return -1;
        }
        for (qsizetype i = start; i < start + count; ++i) {
            const TeamRecord &record = records.at(i);
            query.addBindValue(record.recordId);
            query.addBindValue(sender);
            for (const QVariant &value : record.values)
                query.addBindValue(value);
        }
        if (!query.exec()) {
            *error = TeamConnectionError::classify(query.lastError());
            if (error->ok())
                error->kind = TeamConnectionError::Kind::Other;
            return -1;
        }
        inserted += std::max(0, query.numRowsAffected());
    }
    return inserted;
}

} // namespace xlink
