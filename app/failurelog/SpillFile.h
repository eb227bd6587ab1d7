#pragma once

#include "call/CallRecord.h"
#include "call/RedactedCall.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace xlink {

class ErrorCatalogue;

// Calls that could not be written to the failure log because another process held it locked,
// kept beside it (`<log>.spill`, owner-only, one JSON line per call, redacted exactly as the
// log is) until a connection that can write takes them in. Processes append and take in under
// a lock file (`<log>.spill.lock`), so none is lost between two of them.
class SpillFile final
{
public:
    explicit SpillFile(const QString &logPath);

    QString path() const { return m_path; }
    bool exists() const;

    // Appends the calls, capped as the log stores them (`bodyCapBytes` 0: not capped); false
    // with `error` set when they could not be kept.
    bool append(const QList<RedactedCall> &records, qint64 bodyCapBytes, QString *error);
    // Writes every kept call into the log on `db` in one transaction (described with
    // `catalogue`, see RecordInserter::setCatalogue), without waiting for a lock another
    // process holds, and removes the file once they are in. The number taken in (0 when there
    // was nothing), or -1 when they stay for a later try (said in the log category).
    qint64 takeInto(QSqlDatabase &db, std::shared_ptr<const ErrorCatalogue> catalogue);
    // The kept calls, in the order they were kept (a line that cannot be read is skipped).
    QList<CallRecord> read() const;

private:
    QString m_path;
    QString m_lockPath;
};

} // namespace xlink
