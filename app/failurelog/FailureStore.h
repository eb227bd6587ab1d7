#pragma once

#include "LogDatabase.h"
#include "LogQuery.h"
#include "LogSettings.h"
#include "call/CallRecord.h"
#include "call/RedactedCall.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace xlink {

class ErrorCatalogue;
class LogReader;
class RecordInserter;
class StoreWriter;

// The failure log and call history: one SQLite file shared by the GUI and xlink-cli.
// - open() on the thread that will read: migrates and recovers a corrupt file (see
//   LogDatabase::OpenResult::movedAsideTo), and starts the writer thread.
// - openInBackground() does the same without blocking the calling thread (the GUI's, before
//   its first paint): the writer thread migrates and recovers, then the calling thread connects
//   and opened() follows.
// - append() is asynchronous: the record is redacted at once, on the caller's thread, then
//   written on the writer thread (recordsAdded() follows), even before open(). While another
//   process holds the log locked, the writer holds the calls and writes them once it is free
//   (StoreWriter); nobody waits for it.
// - record() writes synchronously on the calling thread's connection, waiting out a lock;
//   recordOrKeep() does not wait (for the CLI): it keeps the call beside the log (SpillFile).
// - A log whose file or folder cannot be written is opened for reading (isReadOnly()): lists
//   and exports work, and nothing is recorded (writeFailed() says so once).
// - query() reads on the opening thread's connection; reader() reads on threads of its own
//   (the log view, which must not wait for the database on the GUI thread).
// - Damage found later, by any statement on any connection to the file in this process
//   (LogDamage), is handled as at open: damaged() is emitted (close your own connections to
//   the file), the writer moves the file aside and starts a fresh one, and opened() follows
//   with movedAsideTo set. Calls made meanwhile are held and written to the fresh file.
class FailureStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureStore)

public:
    explicit FailureStore(QString path = LogDatabase::defaultPath(),
        LogSettings settings = LogSettings(), QObject *parent = nullptr);
    ~FailureStore() override; // writes what is still queued, then stops the writer

    LogDatabase::OpenResult open();
    void openInBackground();
    bool isOpen() const;
    bool isOpening() const { return m_opening; }
    // Open for reading only (see LogDatabase::OpenResult::readOnly): nothing is recorded.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const { return m_path; }

    // Every entry point takes a RedactedCall: a record from the pipeline goes in as it is (it
    // was redacted once, when its exchange finished); a plain CallRecord from elsewhere is
    // redacted on the caller's thread as it converts, so neither the queue nor the file ever
    // holds a secret and no record is redacted twice.
    void append(const xlink::RedactedCall &record);
    // The new record's id, or 0 with `error` set.
    qint64 record(const RedactedCall &record, QString *error = nullptr);
    // For a process about to end (the CLI): writes the record now unless another process holds
    // the log locked; then, without waiting for it, keeps the record in the spill file beside
    // the log (SpillFile), to be written by whichever process next writes the log. Kept
    // records already waiting there are written along when the log is free.
    struct Kept
    {
        qint64 id = 0; // written: its id
        bool spilled = false; // kept in the spill file
        QString error; // neither: why
    };
    Kept recordOrKeep(const RedactedCall &record);
    QString spillPath() const;
    // Blocks until every append() made before it is written, or held (a locked log).
    void flush();

    LogQuery query() const;
    // Reads off the calling thread; nullptr until the store is open. Owned by the store.
    LogReader *reader();
    LogSettings settings() const { return m_settings; }
    void setSettings(const LogSettings &settings);
    // The catalogue records are described with (their zh/en text): the merged one, so the log
    // knows imported codes as lookup and decode do. The built-in one until it is set.
    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);
    // Applies retention now, on the writer thread; recordsPruned() follows.
    void pruneInBackground();
    // Whether the writer indexes its calls for search when it is idle (the default). A
    // short-lived process (the CLI) has no idle time: it would index at its exit, in the
    // user's wait. Without, its calls are found all the same (LogFilter scans the rows not
    // indexed yet) and the next store that indexes takes them in (the console, at open).
    // Set before open().
    void setIndexesWhenIdle(bool index) { m_indexesWhenIdle = index; }

Q_SIGNALS:
    // After openInBackground(): the store is open (result.ok) or cannot be. Again after a file
    // found damaged later was moved aside (result.movedAsideTo).
    void opened(const xlink::LogDatabase::OpenResult &result);
    // The file was found damaged: every connection of your own to it must close now (the file
    // is moved aside once they have); opened() follows.
    void damaged(const QString &error);
    void recordsAdded(const QList<qint64> &ids);
    void recordsPruned(qint64 count);
    void writeFailed(const QString &message);

private:
    void startWriter();
    void finishOpening(LogDatabase::OpenResult result);
    void damageFound(const QString &path, const QString &error, quint64 report);
    // Closes this thread's connection, has the writer move the file aside and reconnects.
    // `wait`: block until done (record(), recordOrKeep()) instead of finishing in the event loop.
    void recover(const QString &error, bool wait);
    // record()'s write; `wait` false: a lock held by another process fails it at once.
    qint64 insertNow(const RedactedCall &record, bool wait, QString *error);
    // Why nothing is recorded in a log open for reading only, in the user's language.
    QString recordingOff() const;

    QString m_path;
    LogSettings m_settings;
    std::shared_ptr<const ErrorCatalogue> m_catalogue;
    bool m_indexesWhenIdle = true;
    std::unique_ptr<LogDatabase> m_database;
    std::unique_ptr<RecordInserter> m_inserter; // record()'s, on m_database
    std::unique_ptr<LogReader> m_reader;
    QThread m_thread;
    StoreWriter *m_writer = nullptr; // lives on m_thread
    bool m_opening = false;
    QString m_readOnlyReason; // set while the log can only be read
    bool m_toldReadOnly = false;
    bool m_recovering = false;
    quint64 m_damageHandledThrough = 0; // LogDamage reports about files already moved aside
};

} // namespace xlink
