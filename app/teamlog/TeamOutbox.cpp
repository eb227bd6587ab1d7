#include "TeamOutbox.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace xlink {

TeamOutbox::TeamOutbox(QSqlDatabase db)
    : m_db(std::move(db))
{ }

qint64 TeamOutbox::waiting(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM team_outbox"_s) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<TeamRecord> TeamOutbox::next(int limit, qint64 maxBytes, QString *error) const
{
    QList<TeamRecord> records;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The row as stored: redacted and capped when it was written, so nothing raw is read.
    if (!query.prepare(u"SELECT o.call_id, o.record_id, c.started_at, c.environment, c.purpose,"
                       " c.method, c.url, c.endpoint, c.target, c.request_headers,"
                       " c.request_body, c.request_size, c.http_status, c.response_headers,"
                       " c.response_body, c.response_size, c.duration_ms, c.kind, c.failure,"
                       " c.code, c.raw_code, c.server_msg, c.message_zh, c.message_en,"
                       " c.error_text, c.error_data"
                       " FROM team_outbox o JOIN calls c ON c.id = o.call_id"
                       " ORDER BY o.call_id LIMIT ?"_s)) {
        *error = query.lastError().text();
        return {};
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = query.lastError().text();
        return {};
    }
    qint64 bytes = 0;
    const int columnCount = int(TeamRecord::columns().size());
    while (query.next()) {
        TeamRecord record;
        record.callId = query.value(0).toLongLong();
        record.recordId = query.value(1).toString();
        record.values.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i) {
            QVariant value = query.value(2 + i);
            const QString &column = TeamRecord::columns().at(i);
            if (column == u"started_at") {
                value = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
            } else if (column == u"failure") {
                value = value.toInt() != 0;
            } else if (column == u"request_body" || column == u"response_body") {
                if (!value.isNull())
                    value = value.toByteArray();
                else
                    value = QVariant(QMetaType::fromType<QByteArray>());
            }
            if (value.metaType().id() == QMetaType::QByteArray
                || value.metaType().id() == QMetaType::QString)
                record.bytes += value.toByteArray().size();
            record.values.append(value);
        }
        bytes += record.bytes;
        records.append(std::move(record));
        if (bytes >= maxBytes)
            break;
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return {};
    }
    return records;
}

bool TeamOutbox::remove(const QList<TeamRecord> &records, QString *error)
{
    if (records.isEmpty())
        return true;
    // A batch is the oldest waiting rows in id order: one range covers it (and any row whose
    // call the retention removed meanwhile).
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM team_outbox WHERE call_id BETWEEN ? AND ?"_s);
    query.addBindValue(records.constFirst().callId);
    query.addBindValue(records.constLast().callId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace xlink
