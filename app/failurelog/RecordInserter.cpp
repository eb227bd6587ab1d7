#include "RecordInserter.h"

#include "EndpointTemplate.h"
#include "FailureDescriber.h"
#include "HeaderCodec.h"
#include "LogDamage.h"
#include "SearchIndexer.h"
#include "SqlTransaction.h"
#include "call/Redactor.h"
#include "catalogue/ErrorCatalogue.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace xlink {

namespace {
// Unindexed rows beyond the batch's own that one insert also indexes: a bounded extra cost per
// write, so a backlog drains even when only the CLI writes.
constexpr qint64 backlogShare = 2000;
} // namespace

RecordInserter::RecordInserter(QSqlDatabase &db, qint64 bodyCapBytes)
    : m_db(db)
    , m_bodyCap(bodyCapBytes)
    , m_insert(db)
    , m_outbox(db)
    , m_indexer(db)
{ }

CallRecord RecordInserter::prepared(CallRecord record, qint64 bodyCapBytes)
{
    Redactor::redact(record);
    if (record.responseSize < record.responseBody.size())
        record.responseSize = record.responseBody.size();
    if (bodyCapBytes > 0) {
        if (record.requestBody.size() > bodyCapBytes)
            record.requestBody.truncate(bodyCapBytes);
        if (record.responseBody.size() > bodyCapBytes)
            record.responseBody.truncate(bodyCapBytes);
    }
    if (!record.startedAt.isValid())
        record.startedAt = QDateTime::currentDateTimeUtc();
    return record;
}

QList<qint64> RecordInserter::insert(const QList<CallRecord> &records, QString *error)
{
    QList<qint64> ids;
    if (records.isEmpty())
        return ids;
    SqlTransaction transaction(m_db, m_wait);
    m_lockedOut = false;
    if (!transaction.begin(error)) {
        m_lockedOut = transaction.lockedOut();
        return {};
    }
    QSqlQuery &query = m_insert;
    if (!m_prepared
        && !query.prepare(QStringLiteral(
            "INSERT INTO calls (started_at, environment, purpose, method, url, endpoint, target,"
            " request_headers, request_body, request_size, http_status, response_headers,"
            " response_body, response_size, duration_ms, kind, failure, code, raw_code, server_msg,"
            " message_zh, message_en, error_text, error_data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = query.lastError().text();
        LogDamage::report(m_db, query.lastError());
        return {};
    }
    m_prepared = true;
    ids.reserve(records.size());
    QList<Description> newDescriptions;
    for (const CallRecord &original : records) {
        const qint64 requestSize = original.requestBody.size();
        const CallRecord record = prepared(original, m_bodyCap);
        const LocalizedText description = FailureDescriber::describe(
            record, m_catalogue ? *m_catalogue : ErrorCatalogue::builtin());
        const bool hasCode = record.platformError && record.platformError->code != 0;
        query.addBindValue(record.startedAt.toMSecsSinceEpoch());
        query.addBindValue(record.environment);
        query.addBindValue(CallRecord::purposeName(record.purpose));
        query.addBindValue(QString::fromLatin1(record.method));
        query.addBindValue(record.url.toString(QUrl::FullyEncoded));
        query.addBindValue(EndpointTemplate::of(record.url));
        query.addBindValue(EndpointTemplate::target(record.url));
        query.addBindValue(QString::fromUtf8(HeaderCodec::encodeUtf8(record.requestHeaders)));
        query.addBindValue(record.requestBody);
        query.addBindValue(requestSize);
        query.addBindValue(record.httpStatus > 0 ? QVariant(record.httpStatus)
                                                 : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(QString::fromUtf8(HeaderCodec::encodeUtf8(record.responseHeaders)));
        query.addBindValue(record.responseBody);
        query.addBindValue(record.responseSize);
        query.addBindValue(record.durationMs);
        query.addBindValue(CallRecord::kindName(record.kind));
        query.addBindValue(record.isFailure() ? 1 : 0);
        query.addBindValue(
            hasCode ? QVariant(record.platformError->code) : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(record.platformError ? QVariant(record.platformError->rawCode)
                                                : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(record.platformError ? QVariant(record.platformError->serverMessage)
                                                : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(description.zh);
        query.addBindValue(description.en);
        query.addBindValue(record.errorText);
        query.addBindValue(record.errorData.isEmpty()
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(QString::fromUtf8(
                    QJsonDocument(record.errorData).toJson(QJsonDocument::Compact))));
        if (!query.exec()) {
            *error = query.lastError().text();
            LogDamage::report(m_db, query.lastError());
            return {};
        }
        ids.append(query.lastInsertId().toLongLong());
        if (!description.zh.isEmpty() || !description.en.isEmpty()) {
            Description described { hasCode ? record.platformError->code : 0,
                CallRecord::kindName(record.kind), description.zh, description.en };
            if (!m_described.contains(described) && !newDescriptions.contains(described))
                newDescriptions.append(std::move(described));
        }
    }
    if (!writeDescriptions(newDescriptions, error))
        return {};
    // Queued for the team log in the same transaction: one statement for the batch, whose ids
    // are consecutive (nothing else writes inside this transaction).
    if (!m_outboxPrepared
        && !m_outbox.prepare(QStringLiteral(
            "INSERT INTO team_outbox (call_id, record_id)"
            " SELECT id, lower(hex(randomblob(16))) FROM calls WHERE id BETWEEN ? AND ?"))) {
        *error = m_outbox.lastError().text();
        LogDamage::report(m_db, m_outbox.lastError());
        return {};
    }
    m_outboxPrepared = true;
    m_outbox.addBindValue(ids.first());
    m_outbox.addBindValue(ids.last());
    if (!m_outbox.exec()) {
        *error = m_outbox.lastError().text();
        LogDamage::report(m_db, m_outbox.lastError());
        return {};
    }
    // The batch, and a share of any backlog (rows an older build wrote, or an index rebuilt by
    // a migration), go into the search index in the same transaction.
    if (m_indexer.indexPending(records.size() + backlogShare, error) < 0)
        return {};
    if (!transaction.commit(error)) {
        m_lockedOut = transaction.lockedOut();
        return {};
    }
    // Only once they are in the file: a batch rolled back leaves them to the next one.
    for (const Description &described : std::as_const(newDescriptions))
        m_described.insert(described);
    return ids;
}

bool RecordInserter::writeDescriptions(const QList<Description> &descriptions, QString *error)
{
    if (descriptions.isEmpty())
        return true;
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO call_messages"
                           " (code, kind, message_zh, message_en) VALUES (?, ?, ?, ?)"))) {
        *error = query.lastError().text();
        LogDamage::report(m_db, query.lastError());
        return false;
    }
    for (const Description &described : descriptions) {
        query.addBindValue(described.code);
        query.addBindValue(described.kind);
        query.addBindValue(described.zh);
        query.addBindValue(described.en);
        if (!query.exec()) {
            *error = query.lastError().text();
            LogDamage::report(m_db, query.lastError());
            return false;
        }
    }
    return true;
}

} // namespace xlink
