#include "TeamLocalCopy.h"

#include "RecordInserter.h"
#include "report/Report.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// The copy's own table: which server record (and sender) each copied call is.
const QString originTable = u"team_copy_origin"_s;

bool writeOrigins(
    QSqlDatabase &db, const QList<qint64> &ids, const QList<TeamCall> &calls, QString *error)
{
    QSqlQuery insert(db);
    if (!db.transaction()
        || !insert.prepare(u"INSERT INTO "_s + originTable
            + u" (call_id, server_id, sender) VALUES (?, ?, ?)"_s)) {
        *error = db.lastError().text();
        return false;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        insert.bindValue(0, ids.at(i));
        insert.bindValue(1, calls.at(i).stored.entry.id);
        insert.bindValue(2, calls.at(i).sender);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace

TeamLocalCopy::TeamLocalCopy() = default;

TeamLocalCopy::~TeamLocalCopy() = default;

qint64 TeamLocalCopy::copy(const TeamQuery &query, const TeamFilter &filter,
    std::shared_ptr<const ErrorCatalogue> catalogue, QString *error)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return -1;
    }
    m_database = std::make_unique<LogDatabase>(m_dir.filePath(u"team-log-copy.sqlite"_s));
    const LogDatabase::OpenResult opened = m_database->open();
    if (!opened.ok) {
        *error = opened.error;
        return -1;
    }
    QSqlDatabase &db = m_database->db();
    if (QSqlQuery create(db); !create.exec(u"CREATE TABLE "_s + originTable
            + u" (call_id INTEGER PRIMARY KEY, server_id INTEGER NOT NULL,"
              " sender TEXT NOT NULL)"_s)) {
        *error = create.lastError().text();
        return -1;
    }
    RecordInserter inserter(db, 0);
    inserter.setCatalogue(std::move(catalogue));
    constexpr qsizetype batchSize = 1000;
    QList<TeamCall> batch;
    qint64 copied = 0;
    bool failed = false;
    auto flush = [&] {
        if (batch.isEmpty())
            return true;
        QList<CallRecord> records;
        records.reserve(batch.size());
        for (const TeamCall &call : std::as_const(batch))
            records.append(call.stored.call);
        const QList<qint64> ids = inserter.insert(records, error);
        if (ids.size() != batch.size() || !writeOrigins(db, ids, batch, error))
            return false;
        copied += batch.size();
        batch.clear();
        return true;
    };
    const bool read = query.forEach(filter, true, [&](const TeamCall &call) {
        batch.append(call);
        if (batch.size() >= batchSize && !flush()) {
            failed = true;
            return false;
        }
        return true;
    });
    if (!read) {
        *error = query.lastError();
        return -1;
    }
    if (failed || !flush())
        return -1;
    return copied;
}

void TeamLocalCopy::nameSenders(Report &report, const TeamFilter &filter) const
{
    report.fromTeamLog = true;
    if (!filter.senders.isEmpty())
        report.filterDescription += u"; "_s + tr("sent by %1").arg(filter.senders.join(u", "_s));
    if (!m_database)
        return;
    // One lookup by primary key per record, on the connection the report reads on (SQLite
    // runs it beside the statement that streams the records).
    auto origin = std::make_shared<QSqlQuery>(m_database->db());
    origin->setForwardOnly(true);
    origin->prepare(u"SELECT server_id, sender FROM "_s + originTable + u" WHERE call_id = ?"_s);
    report.forEachRecord = [records = std::move(report.forEachRecord), origin](
                               const std::function<bool(const StoredCall &)> &visit) {
        return records([&](const StoredCall &stored) {
            StoredCall named = stored;
            origin->bindValue(0, stored.entry.id);
            if (origin->exec() && origin->next()) {
                named.entry.id = origin->value(0).toLongLong();
                named.entry.sender = origin->value(1).toString();
            }
            origin->finish();
            return visit(named);
        });
    };
}

} // namespace xlink
