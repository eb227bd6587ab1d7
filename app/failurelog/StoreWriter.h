#pragma once

#include "LogDatabase.h"
#include "LogSettings.h"
#include "call/CallRecord.h"

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
class StoreWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    StoreWriter(QString path, LogSettings settings);
    ~StoreWriter() override;

    // Thread-safe: queues (already redacted) records and wakes the writer.
    void enqueue(QList<CallRecord> records);
    // Thread-safe: blocks until everything queued before the call is written (or failed), or
    // held while the file is damaged.
    void waitUntilWritten();
    void setSettings(const LogSettings &settings);
    // Thread-safe: the catalogue later batches are described with (RecordInserter).
    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);

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
    void damageFound(const QString &path);

    QString m_path;
    QString m_absolutePath;
    std::atomic<bool> m_damaged = false;
    std::unique_ptr<LogDatabase> m_database;
    std::unique_ptr<RecordInserter> m_inserter; // on m_database, statements prepared once
    QDateTime m_lastPrune;

    QMutex m_mutex;
    QWaitCondition m_done;
    QList<CallRecord> m_queue;
    quint64 m_enqueued = 0;
    quint64 m_finished = 0;
    bool m_drainScheduled = false;
    LogSettings m_settings;
    std::shared_ptr<const ErrorCatalogue> m_catalogue;
};

} // namespace xlink
