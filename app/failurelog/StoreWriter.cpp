#include "StoreWriter.h"

#include "LogCategory.h"
#include "LogDamage.h"
#include "LogDatabase.h"
#include "Pruner.h"
#include "RecordInserter.h"
#include "SearchIndexer.h"
#include "SpillFile.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <QTimer>

#include <utility>

namespace xlink {

namespace {
constexpr int maxBatch = 2000;
constexpr qint64 pruneIntervalSecs = 300;
// Rows indexed per transaction when catching up a backlog: short enough that a writer in the
// other process waits briefly for the lock.
constexpr qint64 indexChunk = 10000;
// Retries of a log held locked by another process: soon at first, then every few seconds.
constexpr int firstRetryMs = 250;
constexpr int maxRetryMs = 4000;
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
        makeInserter();
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
    makeInserter();
    if (!result.readOnly)
        takeInSpill();
    return result;
}

void StoreWriter::makeInserter()
{
    // drain() sets the body cap and catalogue of each batch. Another process holding the log
    // locked costs a short wait, then the calls are held and tried again (hold()).
    m_inserter = std::make_unique<RecordInserter>(m_database->db(), 0);
    m_inserter->setWaitForLock(false);
    m_inserter->setSearchIndexedByWriter(true);
}

bool StoreWriter::ensureOpen()
{
    const LogDatabase::OpenResult result = open();
    if (!result.ok)
        Q_EMIT failed(result.error);
    return result.ok;
}

void StoreWriter::enqueue(QList<RedactedCall> records)
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
    while (m_finished < target && !m_damaged && !m_held)
        m_done.wait(&m_mutex);
}

void StoreWriter::hold(QList<RedactedCall> batch, const QString &error)
{
    QList<RedactedCall> overflow;
    qsizetype held = 0;
    bool firstHold = false;
    qint64 bodyCap = 0;
    {
        QMutexLocker locker(&m_mutex);
        m_queue = batch + m_queue;
        if (m_queue.size() > maxHeld) {
            overflow = m_queue.mid(0, m_queue.size() - maxHeld);
            m_queue.remove(0, overflow.size());
        }
        held = m_queue.size();
        bodyCap = m_settings.bodyCapBytes;
        firstHold = !m_held;
        if (firstHold)
            qCWarning(lcFailureLog)
                << "the failure log is locked by another process, calls are held:" << error;
        m_held = true;
        m_drainScheduled = true; // the retry below
        m_done.wakeAll();
    }
    if (!overflow.isEmpty())
        spill(overflow, bodyCap);
    m_retryMs = m_retryMs == 0 ? firstRetryMs : std::min(m_retryMs * 2, maxRetryMs);
    QTimer::singleShot(m_retryMs, this, &StoreWriter::drain);
    if (firstHold)
        Q_EMIT failed(
            tr("The failure log is in use by another process (%1); %n call(s) wait to be written.",
                nullptr, int(held))
                .arg(error));
}

void StoreWriter::spill(const QList<RedactedCall> &records, qint64 bodyCapBytes)
{
    SpillFile file(m_path);
    QString error;
    if (file.append(records, bodyCapBytes, &error)) {
        qCDebug(lcFailureLog) << "kept" << records.size() << "calls in" << file.path();
        return;
    }
    const QString message
        = tr("%n call(s) could not be written to the failure log and are lost: %1", nullptr,
            int(records.size()))
              .arg(error);
    qCWarning(lcFailureLog).noquote() << message;
    Q_EMIT failed(message);
}

void StoreWriter::takeInSpill()
{
    std::shared_ptr<const ErrorCatalogue> catalogue;
    {
        QMutexLocker locker(&m_mutex);
        catalogue = m_catalogue;
    }
    SpillFile(m_path).takeInto(m_database->db(), std::move(catalogue));
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
        QList<RedactedCall> batch;
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
        // A log that can only be read takes nothing: the store said at open that recording is
        // off (FailureStore::append).
        if (ensureOpen() && !m_database->isReadOnly()) {
            QString error;
            m_inserter->setBodyCap(settings.bodyCapBytes);
            m_inserter->setCatalogue(std::move(catalogue));
            ids = m_inserter->insertRedacted(batch, &error);
            if (ids.isEmpty() && m_damaged) {
                // Kept for the fresh file.
                QMutexLocker locker(&m_mutex);
                m_queue = batch + m_queue;
                m_drainScheduled = false;
                m_done.wakeAll();
                break;
            }
            if (ids.isEmpty() && m_inserter->lockedOut()) {
                // Locked by another process: held, nothing is dropped.
                hold(batch, error);
                return;
            }
            if (ids.isEmpty()) {
                qCWarning(lcFailureLog) << "could not write" << batch.size() << "calls:" << error;
                Q_EMIT failed(error);
            }
        }
        {
            QMutexLocker locker(&m_mutex);
            m_finished += quint64(batch.size());
            if (!ids.isEmpty() && m_held) {
                m_held = false;
                m_retryMs = 0;
                qCDebug(lcFailureLog) << "the failure log can be written again";
            }
            m_done.wakeAll();
        }
        if (!ids.isEmpty()) {
            wrote = true;
            Q_EMIT written(ids);
        }
    }
    if (wrote) {
        // The log is free again: calls kept beside it (by this process or another) go in.
        takeInSpill();
        if (m_indexesWhenIdle)
            indexBacklog();
    }
    if (wrote
        && (!m_lastPrune.isValid()
            || m_lastPrune.secsTo(QDateTime::currentDateTimeUtc()) >= pruneIntervalSecs))
        pruneNow();
}

void StoreWriter::indexBacklog()
{
    if (m_damaged || !ensureOpen() || m_database->isReadOnly())
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
    if (m_damaged || !ensureOpen() || m_database->isReadOnly())
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
    // Still held (the log stays locked, or damaged and not moved aside): kept in the spill
    // file for the next process that opens the log.
    QList<RedactedCall> left;
    qint64 bodyCap = 0;
    {
        QMutexLocker locker(&m_mutex);
        left = std::exchange(m_queue, {});
        m_finished += quint64(left.size());
        bodyCap = m_settings.bodyCapBytes;
        m_held = false;
        m_done.wakeAll();
    }
    if (!left.isEmpty())
        spill(left, bodyCap);
    m_inserter.reset();
    m_database.reset();
}

} // namespace xlink
