#pragma once

#include "LogDatabase.h"
#include "LogSettings.h"
#include "call/CallRecord.h"
#include "call/RedactedCall.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>
#include <memory>

namespace xlink {

class ErrorCatalogue;
class RecordInserter;

// Writes queued calls on its own thread and connection. Whatever is queued when it wakes is
// written in one transaction, so a burst is batched while a single call is written at once
// (a crash loses at most the batch being written). Prunes in the background after writes,
// at most every few minutes. Once any connection in the process finds the file damaged
// (LogDamage), it writes nothing more to it: calls stay queued until recoverFromDamage() has
// moved the file aside, then go to the fresh one.
// While another process holds the log locked, calls are held (nobody waits for them): in
// memory up to maxHeld, the older ones beyond that in the spill file beside the log
// (SpillFile), and written as soon as the lock clears, the spill file's too. Calls still held
// when the writer shuts down go to the spill file; only if that fails are they lost, and the
// writer says so (failed()).
class StoreWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    StoreWriter(QString path, LogSettings settings);
    ~StoreWriter() override;

    // Thread-safe: queues records and wakes the writer.
    void enqueue(QList<RedactedCall> records);
    // Thread-safe: blocks until everything queued before the call is written (or failed), or
    // held while the file is damaged or locked by another process.
    void waitUntilWritten();
    // Calls held in memory while the log is locked; older ones beyond go to the spill file.
    static constexpr qsizetype maxHeld = 10000;
    void setSettings(const LogSettings &settings);
    // Thread-safe: the catalogue later batches are described with (RecordInserter).
    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);
    // Before the thread starts: index for search after each drain (FailureStore's setting).
    void setIndexesWhenIdle(bool index) { m_indexesWhenIdle = index; }

    // On the writer's thread: opens its connection (migrating the schema, moving a damaged
    // file aside) unless it is open already.
    LogDatabase::OpenResult open();
    // On the writer's thread: closes its connection, moves the damaged file aside once no
    // other connection in the process has it open, opens a fresh one and writes what was held.
    LogDatabase::OpenResult recoverFromDamage(const QString &reason);

public Q_SLOTS:
    void drain();
    // Indexes rows left unindexed (by an older build, or a migration) in the background.
    void indexBacklog();
    void pruneNow();
    void shutDown();

Q_SIGNALS:
    void written(const QList<qint64> &ids);
    void pruned(qint64 count);
    void failed(const QString &message);

private:
    bool ensureOpen();
    void makeInserter();
    void damageFound(const QString &path);
    // After a batch could not be written: keeps it (and spills what exceeds maxHeld) and
    // tries again shortly.
    void hold(QList<RedactedCall> batch, const QString &error);
    // Writes `records` to the spill file; on failure they are lost, and failed() says so.
    void spill(const QList<RedactedCall> &records, qint64 bodyCapBytes);
    // Writes the calls kept in the spill file (SpillFile) into the open log.
    void takeInSpill();

    QString m_path;
    QString m_absolutePath;
    std::atomic<bool> m_damaged = false;
    bool m_indexesWhenIdle = true;
    std::unique_ptr<LogDatabase> m_database;
    std::unique_ptr<RecordInserter> m_inserter; // on m_database, statements prepared once
    QDateTime m_lastPrune;

    QMutex m_mutex;
    QWaitCondition m_done;
    QList<RedactedCall> m_queue;
    quint64 m_enqueued = 0;
    quint64 m_finished = 0;
    bool m_drainScheduled = false;
    bool m_held = false; // the last batch could not be written; a retry is scheduled
    int m_retryMs = 0;
    LogSettings m_settings;
    std::shared_ptr<const ErrorCatalogue> m_catalogue;
};

} // namespace xlink
