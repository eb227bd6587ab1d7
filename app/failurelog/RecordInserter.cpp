#include "RecordInserter.h"

#include "EndpointTemplate.h"
#include "FailureDescriber.h"
#include "HeaderCodec.h"
#include "LogDamage.h"
#include "SearchIndexer.h"
#include "SqlTransaction.h"
#include "SqliteHandle.h"
#include "catalogue/ErrorCatalogue.h"

#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>
#include <array>
#include <sqlite3.h>

namespace xlink {

namespace {
// Unindexed rows beyond the batch's own that one insert also indexes: a bounded extra cost per
// write, so a backlog drains even when only the CLI writes.
constexpr qint64 backlogShare = 2000;

// Rows a batch writes per INSERT statement. Each statement opens a cursor on the table and on
// each of its indexes and reads and writes sqlite_sequence (AUTOINCREMENT): for one row, that
// cost as much as a fifth of the row.
constexpr int rowsPerStatement = 32;
constexpr int columnsPerRow = 24;

// A string's UTF-8 for the statement, NULL for a null QString (as Qt SQL binds one). `keep`
// holds the bytes until the row is written.
void bindText(sqlite3_stmt *statement, int column, const QString &text, QByteArray &keep)
{
    if (text.isNull()) {
        sqlite3_bind_null(statement, column);
        return;
    }
    keep = text.toUtf8();
    sqlite3_bind_text(statement, column, keep.constData(), int(keep.size()), SQLITE_STATIC);
}

void bindText(sqlite3_stmt *statement, int column, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(statement, column);
    else
        sqlite3_bind_text(statement, column, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

// A body as a BLOB, at most its first `cap` bytes (no cap: 0), NULL for a null QByteArray
// (as Qt SQL binds one).
void bindBlob(sqlite3_stmt *statement, int column, const QByteArray &bytes, qint64 cap)
{
    if (bytes.isNull()) {
        sqlite3_bind_null(statement, column);
        return;
    }
    const qint64 size = cap > 0 ? std::min<qint64>(bytes.size(), cap) : bytes.size();
    sqlite3_bind_blob(statement, column, bytes.constData(), int(size), SQLITE_STATIC);
}

} // namespace

// The bytes a row's text columns point to, until its statement has run.
struct RecordInserter::RowBytes
{
    QByteArray environment, purpose, method, url, endpoint, target, requestHeaders, responseHeaders,
        kind, rawCode, serverMessage, zh, en, errorText, errorData;
};

RecordInserter::RecordInserter(QSqlDatabase &db, qint64 bodyCapBytes)
    : m_db(db)
    , m_bodyCap(bodyCapBytes)
    , m_indexer(db)
{ }

RecordInserter::~RecordInserter()
{
    finalize();
}

void RecordInserter::finalize()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertMany);
    sqlite3_finalize(m_describe);
    sqlite3_finalize(m_outbox);
    m_insert = nullptr;
    m_insertMany = nullptr;
    m_describe = nullptr;
    m_outbox = nullptr;
    m_handle = nullptr;
}

void RecordInserter::fail(QString *error)
{
    const QSqlError sqlError = SqliteHandle::lastError(m_handle);
    *error = sqlError.text();
    LogDamage::report(m_db, sqlError);
}

bool RecordInserter::prepare(QString *error)
{
    sqlite3 *handle = SqliteHandle::of(m_db);
    if (!handle) {
        *error = QStringLiteral("the failure log is not an open SQLite connection");
        return false;
    }
    if (handle == m_handle)
        return true;
    finalize(); // the connection was opened again
    m_handle = handle;
    static constexpr char insertSql[]
        = "INSERT INTO calls (started_at, environment, purpose, method, url, endpoint, target,"
          " request_headers, request_body, request_size, http_status, response_headers,"
          " response_body, response_size, duration_ms, kind, failure, code, raw_code, server_msg,"
          " message_zh, message_en, error_text, error_data) VALUES ";
    static constexpr char rowValues[]
        = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const QByteArray insertOne = QByteArray(insertSql) + rowValues;
    QByteArray insertMany = insertSql;
    for (int row = 0; row < rowsPerStatement; ++row)
        insertMany += row == 0 ? QByteArray(rowValues) : QByteArray(", ") + rowValues;
    static constexpr char describeSql[]
        = "INSERT OR IGNORE INTO call_messages"
          " (code, kind, message_zh, message_en) VALUES (?, ?, ?, ?)";
    static constexpr char outboxSql[]
        = "INSERT INTO team_outbox (call_id, record_id)"
          " SELECT id, lower(hex(randomblob(16))) FROM calls WHERE id BETWEEN ? AND ?";
    if (sqlite3_prepare_v3(
            handle, insertOne.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(handle, insertMany.constData(), -1, SQLITE_PREPARE_PERSISTENT,
               &m_insertMany, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(
               handle, describeSql, -1, SQLITE_PREPARE_PERSISTENT, &m_describe, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(handle, outboxSql, -1, SQLITE_PREPARE_PERSISTENT, &m_outbox, nullptr)
            != SQLITE_OK) {
        fail(error);
        finalize();
        return false;
    }
    return true;
}

CallRecord RecordInserter::prepared(const RedactedCall &call, qint64 bodyCapBytes)
{
    CallRecord record = call.record();
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
    return insertRedacted(QList<RedactedCall>(records.cbegin(), records.cend()), error);
}

QList<qint64> RecordInserter::insertRedacted(const QList<RedactedCall> &records, QString *error)
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
    if (!prepare(error))
        return {};
    ids.reserve(records.size());
    QList<Description> newDescriptions;
    std::array<RowBytes, rowsPerStatement> bytes;
    // Whole statements of rowsPerStatement rows, the rest one by one.
    for (qsizetype first = 0; first < records.size();) {
        const int count = records.size() - first >= rowsPerStatement ? rowsPerStatement : 1;
        sqlite3_stmt *const statement = count == 1 ? m_insert : m_insertMany;
        for (int k = 0; k < count; ++k)
            bindRow(statement, k * columnsPerRow, records.at(first + k), bytes[k], newDescriptions);
        const int stepped = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (stepped != SQLITE_DONE) {
            fail(error);
            return {};
        }
        // One statement's rows have consecutive ids (nothing else writes inside this
        // transaction); the last is the last inserted.
        const qint64 last = sqlite3_last_insert_rowid(m_handle);
        for (int k = 0; k < count; ++k)
            ids.append(last - count + 1 + k);
        first += count;
    }
    sqlite3_clear_bindings(m_insert);
    sqlite3_clear_bindings(m_insertMany);
    if (!writeDescriptions(newDescriptions, error))
        return {};
    // Queued for the team log in the same transaction: one statement for the batch, whose ids
    // are consecutive (nothing else writes inside this transaction).
    sqlite3_bind_int64(m_outbox, 1, ids.first());
    sqlite3_bind_int64(m_outbox, 2, ids.last());
    const int queued = sqlite3_step(m_outbox);
    sqlite3_reset(m_outbox);
    if (queued != SQLITE_DONE) {
        fail(error);
        return {};
    }
    // The batch, and a share of any backlog (rows an older build wrote, an index rebuilt by a
    // migration, or what the console's writer left to its idle time), go into the search index
    // in the same transaction, unless the writer indexes them itself (setSearchIndexedByWriter).
    if (!m_searchIndexedByWriter
        && m_indexer.indexPending(records.size() + backlogShare, error) < 0) {
        return {};
    }
    if (!transaction.commit(error)) {
        m_lockedOut = transaction.lockedOut();
        return {};
    }
    // Only once they are in the file: a batch rolled back leaves them to the next one.
    for (const Description &described : std::as_const(newDescriptions))
        m_described.insert(described);
    return ids;
}

void RecordInserter::bindRow(sqlite3_stmt *statement, int base, const RedactedCall &redacted,
    RowBytes &keep, QList<Description> &newDescriptions)
{
    // The record as prepared() would make it, without copying it: the bodies are bound
    // up to the cap, the sizes and time fixed up here.
    const CallRecord &record = redacted.record();
    const qint64 requestSize = record.requestBody.size();
    const qint64 responseSize = std::max<qint64>(record.responseSize, record.responseBody.size());
    const QDateTime startedAt
        = record.startedAt.isValid() ? record.startedAt : QDateTime::currentDateTimeUtc();
    const LocalizedText description = FailureDescriber::describe(
        record, m_catalogue ? *m_catalogue : ErrorCatalogue::builtin());
    const bool hasCode = record.platformError && record.platformError->code != 0;
    const QString kind = CallRecord::kindName(record.kind);
    keep.kind = kind.toUtf8();
    keep.purpose = CallRecord::purposeName(record.purpose).toUtf8();
    // Decoded once for both the endpoint and the search target.
    const QString path = record.url.path(QUrl::FullyDecoded);
    sqlite3_bind_int64(statement, base + 1, startedAt.toMSecsSinceEpoch());
    bindText(statement, base + 2, record.environment, keep.environment);
    bindText(statement, base + 3, keep.purpose);
    bindText(statement, base + 4, QString::fromLatin1(record.method), keep.method);
    bindText(statement, base + 5, record.url.toString(QUrl::FullyEncoded), keep.url);
    bindText(statement, base + 6, EndpointTemplate::ofPath(path), keep.endpoint);
    bindText(statement, base + 7, EndpointTemplate::target(record.url, path), keep.target);
    keep.requestHeaders = HeaderCodec::encodeUtf8(record.requestHeaders);
    bindText(statement, base + 8, keep.requestHeaders);
    bindBlob(statement, base + 9, record.requestBody, m_bodyCap);
    sqlite3_bind_int64(statement, base + 10, requestSize);
    if (record.httpStatus > 0)
        sqlite3_bind_int(statement, base + 11, record.httpStatus);
    else
        sqlite3_bind_null(statement, base + 11);
    keep.responseHeaders = HeaderCodec::encodeUtf8(record.responseHeaders);
    bindText(statement, base + 12, keep.responseHeaders);
    bindBlob(statement, base + 13, record.responseBody, m_bodyCap);
    sqlite3_bind_int64(statement, base + 14, responseSize);
    sqlite3_bind_int64(statement, base + 15, record.durationMs);
    bindText(statement, base + 16, keep.kind);
    sqlite3_bind_int(statement, base + 17, record.isFailure() ? 1 : 0);
    if (hasCode)
        sqlite3_bind_int(statement, base + 18, record.platformError->code);
    else
        sqlite3_bind_null(statement, base + 18);
    if (record.platformError) {
        bindText(statement, base + 19, record.platformError->rawCode, keep.rawCode);
        bindText(statement, base + 20, record.platformError->serverMessage, keep.serverMessage);
    } else {
        sqlite3_bind_null(statement, base + 19);
        sqlite3_bind_null(statement, base + 20);
    }
    bindText(statement, base + 21, description.zh, keep.zh);
    bindText(statement, base + 22, description.en, keep.en);
    bindText(statement, base + 23, record.errorText, keep.errorText);
    if (record.errorData.isEmpty()) {
        sqlite3_bind_null(statement, base + 24);
    } else {
        keep.errorData = QJsonDocument(record.errorData).toJson(QJsonDocument::Compact);
        bindText(statement, base + 24, keep.errorData);
    }
    if (!description.zh.isEmpty() || !description.en.isEmpty()) {
        Description described { hasCode ? record.platformError->code : 0, kind, description.zh,
            description.en };
        if (!m_described.contains(described) && !newDescriptions.contains(described))
            newDescriptions.append(std::move(described));
    }
}

bool RecordInserter::writeDescriptions(const QList<Description> &descriptions, QString *error)
{
    for (const Description &described : descriptions) {
        QByteArray kind, zh, en;
        sqlite3_bind_int(m_describe, 1, described.code);
        bindText(m_describe, 2, described.kind, kind);
        bindText(m_describe, 3, described.zh.isNull() ? QStringLiteral("") : described.zh, zh);
        bindText(m_describe, 4, described.en.isNull() ? QStringLiteral("") : described.en, en);
        const int stepped = sqlite3_step(m_describe);
        sqlite3_reset(m_describe);
        if (stepped != SQLITE_DONE) {
            fail(error);
            return false;
        }
    }
    return true;
}

} // namespace xlink
