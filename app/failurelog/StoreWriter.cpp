#include "StoreWriter.h"

#include "LogCategory.h"
#include "LogDatabase.h"
#include "Pruner.h"
#include "RecordInserter.h"
#include "SearchIndexer.h"

#include <QMutexLocker>

namespace xlink {

namespace {
constexpr int maxBatch = 2000;
constexpr qint64 pruneIntervalSecs = 300;
// Rows indexed per transaction when catching up a backlog: short enough that a writer in the
// other process waits briefly for the lock.
constexpr qint64 indexChunk = 10000;
} // namespace

StoreWriter::StoreWriter(QString path, LogSettings settings)
    : m_path(std::move(path))
    , m_settings(settings)
{ }

StoreWriter::~StoreWriter() = default;

LogDatabase::OpenResult StoreWriter::open()
{
    if (m_database && m_database->isOpen())
        return { true, {}, {} };
    m_inserter.reset();
    m_database = std::make_unique<LogDatabase>(m_path);
    const auto result = m_database->open();
    if (!result.ok) {
        m_database.reset();
        return result;
    }
    // drain() sets the body cap of each batch.
    m_inserter = std::make_unique<RecordInserter>(m_database->db(), 0);
    return result;
}

bool StoreWriter::ensureOpen()
{
    const LogDatabase::OpenResult result = open();
    if (!result.ok)
        Q_EMIT failed(result.error);
    return result.ok;
}

void StoreWriter::enqueue(QList<CallRecord> records)
{
    QMutexLocker locker(&m_mutex);
    m_enqueued += quint64(records.size());
    m_queue.append(std::move(records));
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(this, &StoreWriter::drain, Qt::QueuedConnection);
}

void StoreWriter::waitUntilWritten()
{
    QMutexLocker locker(&m_mutex);
    const quint64 target = m_enqueued;
    while (m_finished < target)
        m_done.wait(&m_mutex);
}

void StoreWriter::setSettings(const LogSettings &settings)
{
    QMutexLocker locker(&m_mutex);
    m_settings = settings;
}

void StoreWriter::drain()
{
    bool wrote = false;
    for (;;) {
        QList<CallRecord> batch;
        LogSettings settings;
        {
            QMutexLocker locker(&m_mutex);
            if (m_queue.isEmpty()) {
                m_drainScheduled = false;
                break;
            }
            const qsizetype n = std::min<qsizetype>(m_queue.size(), maxBatch);
            batch = m_queue.mid(0, n);
            m_queue.remove(0, n);
            settings = m_settings;
        }
        QList<qint64> ids;
        if (ensureOpen()) {
            QString error;
            m_inserter->setBodyCap(settings.bodyCapBytes);
            ids = m_inserter->insert(batch, &error);
            if (ids.isEmpty()) {
                qCWarning(lcFailureLog) << "could not write" << batch.size() << "calls:" << error;
                Q_EMIT failed(error);
            }
        }
        {
            QMutexLocker locker(&m_mutex);
            m_finished += quint64(batch.size());
            m_done.wakeAll();
        }
        if (!ids.isEmpty()) {
            wrote = true;
            Q_EMIT written(ids);
        }
    }
    if (wrote)
        indexBacklog();
    if (wrote
        && (!m_lastPrune.isValid()
            || m_lastPrune.secsTo(QDateTime::currentDateTimeUtc()) >= pruneIntervalSecs))
        pruneNow();
}

void StoreWriter::indexBacklog()
{
    if (!ensureOpen())
        return;
    for (;;) {
        QString error;
        const qint64 indexed
            = SearchIndexer(m_database->db()).indexPendingInTransaction(indexChunk, &error);
        if (indexed < 0) {
            qCWarning(lcFailureLog) << "indexing for search failed:" << error;
            return;
        }
        if (indexed < indexChunk)
            return;
        QMutexLocker locker(&m_mutex);
        // New calls first; the next drain comes back here.
        if (!m_queue.isEmpty())
            return;
    }
}

void StoreWriter::pruneNow()
{
    if (!ensureOpen())
        return;
    LogSettings settings;
    {
        QMutexLocker locker(&m_mutex);
        settings = m_settings;
    }
    m_lastPrune = QDateTime::currentDateTimeUtc();
    QString error;
    const qint64 deleted = Pruner(m_database->db()).prune(settings, m_lastPrune, &error);
    if (deleted < 0) {
        qCWarning(lcFailureLog) << "pruning failed:" << error;
        Q_EMIT failed(error);
    } else if (deleted > 0) {
        Q_EMIT pruned(deleted);
    }
}

void StoreWriter::shutDown()
{
    drain();
    m_inserter.reset();
    m_database.reset();
}

} // namespace xlink
