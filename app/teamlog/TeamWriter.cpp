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

TeamWriter::~TeamWriter() = default;

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
        // A full batch's statement is prepared once and kept (Qt's driver prepares and
        // deallocates with round trips of their own); a shorter last batch gets its own.
        std::unique_ptr<QSqlQuery> shortBatch;
        QSqlQuery *query = nullptr;
        if (count == maxRows && m_fullBatch) {
            query = m_fullBatch.get();
        } else {
            auto prepared = std::make_unique<QSqlQuery>(m_db);
            if (!prepared->prepare(sql)) {
                *error = TeamConnectionError::classify(prepared->lastError());
                return -1;
            }
            query = prepared.get();
            if (count == maxRows)
                m_fullBatch = std::move(prepared);
            else
                shortBatch = std::move(prepared);
        }
        int position = 0;
        for (qsizetype i = start; i < start + count; ++i) {
            const TeamRecord &record = records.at(i);
            query->bindValue(position++, record.recordId);
            query->bindValue(position++, sender);
            for (const QVariant &value : record.values)
                query->bindValue(position++, value);
        }
        if (!query->exec()) {
            *error = TeamConnectionError::classify(query->lastError());
            if (error->ok())
                error->kind = TeamConnectionError::Kind::Other;
            // The connection may be gone: prepare again next time.
            m_fullBatch.reset();
            return -1;
        }
        inserted += std::max(0, query->numRowsAffected());
    }
    return inserted;
}

} // namespace xlink
