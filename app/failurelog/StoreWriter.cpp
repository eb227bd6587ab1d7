#include "StoreWriter.h"

#include "LogCategory.h"
#include "LogDamage.h"
#include "LogDatabase.h"
#include "Pruner.h"
#include "RecordInserter.h"
#include "SearchIndexer.h"

#include <QFileInfo>
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
    , m_absolutePath(QFileInfo(m_path).absoluteFilePath())
    , m_settings(settings)
{
    // Direct: the flag must be up before the statement that found the damage returns, so no
    // write follows it into the damaged file.
    connect(
        LogDamage::instance(), &LogDamage::found, this,
        [this](const QString &path) { damageFound(path); }, Qt::DirectConnection);
}

void StoreWriter::damageFound(const QString &path)
{
    if (path != m_absolutePath)
        return;
    QMutexLocker locker(&m_mutex);
    m_damaged = true;
    m_done.wakeAll();
}

StoreWriter::~StoreWriter() = default;

LogDatabase::OpenResult StoreWriter::recoverFromDamage(const QString &reason)
{
    m_inserter.reset();
    if (!m_database)
        m_database = std::make_unique<LogDatabase>(m_path);
    const LogDatabase::OpenResult result = m_database->moveAsideAndRecreate(reason);
    if (result.ok) {
        m_inserter = std::make_unique<RecordInserter>(m_database->db(), 0);
    } else {
        m_database.reset();
        Q_EMIT failed(result.error);
    }
    {
        QMutexLocker locker(&m_mutex);
        // Moved or not, writing resumes: a file that could not be moved (still in use) is
        // written as before, and a later damage report tries again.
        m_damaged = false;
        if (!m_queue.isEmpty() && !m_drainScheduled) {
            m_drainScheduled = true;
            QMetaObject::invokeMethod(this, &StoreWriter::drain, Qt::QueuedConnection);
        }
    }
    return result;
}

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
    while (m_finished < target && !m_damaged)
        m_done.wait(&m_mutex);
}

void StoreWriter::setSettings(const LogSettings &settings)
{
    QMutexLocker locker(&m_mutex);
    m_settings = settings;
}

void StoreWriter::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    QMutexLocker locker(&m_mutex);
    m_catalogue = std::move(catalogue);
}

void StoreWriter::drain()
{
    bool wrote = false;
    for (;;) {
        QList<CallRecord> batch;
        LogSettings settings;
        std::shared_ptr<const ErrorCatalogue> catalogue;
        {
            QMutexLocker locker(&m_mutex);
            // Held while the file is damaged; recoverFromDamage() drains again.
            if (m_queue.isEmpty() || m_damaged) {
                m_drainScheduled = false;
                break;
            }
            const qsizetype n = std::min<qsizetype>(m_queue.size(), maxBatch);
            batch = m_queue.mid(0, n);
            m_queue.remove(0, n);
            settings = m_settings;
            catalogue = m_catalogue;
        }
        QList<qint64> ids;
        if (ensureOpen()) {
            QString error;
            m_inserter->setBodyCap(settings.bodyCapBytes);
            m_inserter->setCatalogue(std::move(catalogue));
            ids = m_inserter->insert(batch, &error);
            if (ids.isEmpty() && m_damaged) {
                // Kept for the fresh file.
                QMutexLocker locker(&m_mutex);
                m_queue = batch + m_queue;
                m_drainScheduled = false;
                m_done.wakeAll();
                break;
            }
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
    if (m_damaged || !ensureOpen())
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
    if (m_damaged || !ensureOpen())
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
