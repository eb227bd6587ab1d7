#pragma once

#include <QObject>
#include <QString>

class QSqlDatabase;
class QSqlError;

namespace xlink {

// Where any connection to a failure-log file, on any thread, says that SQLite found the file
// damaged. Opening reads only the header, the schema and a few pages, so damage deeper in a
// large file first shows on the statement that reads it (a page of the log, an export, a
// write, a prune); the store that owns the file listens to found() and moves the file aside
// (FailureStore), exactly as a file found damaged when opened.
class LogDamage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDamage)

public:
    // SQLITE_CORRUPT (with its extended codes, FTS5's included) and SQLITE_NOTADB.
    static bool isDamage(const QSqlError &error);
    // Thread-safe: when `error` is damage, announces it for the connection's file (found()
    // is emitted on the calling thread) and returns true.
    static bool report(const QSqlDatabase &db, const QSqlError &error);
    // How many reports were made so far in this process: a report numbered at most this, read
    // once every connection to a file was closed, is about that file, not a fresh one.
    static quint64 reportCount();
    static LogDamage *instance();

    LogDamage() = default;
    ~LogDamage() override = default;

Q_SIGNALS:
    // `path` is the file's absolute path; `report` numbers the report (see reportCount()).
    void found(const QString &path, const QString &error, quint64 report);
};

} // namespace xlink
