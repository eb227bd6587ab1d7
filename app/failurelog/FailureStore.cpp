#include "FailureStore.h"

#include "LogDamage.h"
#include "LogReader.h"
#include "RecordInserter.h"
#include "SearchIndexer.h"
#include "SpillFile.h"
#include "StoreWriter.h"

#include <QFileInfo>

#include <utility>

namespace xlink {

FailureStore::FailureStore(QString path, LogSettings settings, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_settings(settings)
{
    m_thread.setObjectName(QStringLiteral("xlink.failurelog.writer"));
    // Queued even from this thread: the statement that found the damage is still running on
    // the connection recovery closes.
    connect(LogDamage::instance(), &LogDamage::found, this, &FailureStore::damageFound,
        Qt::QueuedConnection);
}

void FailureStore::damageFound(const QString &path, const QString &error, quint64 report)
{
    if (path != QFileInfo(m_path).absoluteFilePath() || report <= m_damageHandledThrough
        || m_recovering || !m_writer)
        return;
    recover(error, false);
}

void FailureStore::recover(const QString &error, bool wait)
{
    m_recovering = true;
    Q_EMIT damaged(error);
    // Every connection of ours closes before the file moves: the reader's threads finish the
    // read in progress first. reader() is null until the fresh file is open.
    m_reader.reset();
    m_inserter.reset();
    m_database.reset();
    auto finish = [this](const LogDatabase::OpenResult &result, quint64 handledThrough) {
        m_recovering = false;
        m_damageHandledThrough = std::max(m_damageHandledThrough, handledThrough);
        finishOpening(result);
    };
    if (wait) {
        LogDatabase::OpenResult result;
        quint64 handledThrough = 0;
        QMetaObject::invokeMethod(
            m_writer,
            [&, writer = m_writer] {
                result = writer->recoverFromDamage(error);
                handledThrough = LogDamage::reportCount();
            },
            Qt::BlockingQueuedConnection);
        finish(result, handledThrough);
        return;
    }
    QMetaObject::invokeMethod(
        m_writer,
        [this, writer = m_writer, error, finish] {
            const LogDatabase::OpenResult result = writer->recoverFromDamage(error);
            // Every connection to the old file was closed before it moved: whatever was
            // reported until now was about it.
            const quint64 handledThrough = LogDamage::reportCount();
            QMetaObject::invokeMethod(
                this, [finish, result, handledThrough] { finish(result, handledThrough); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

FailureStore::~FailureStore()
{
    m_reader.reset();
    if (m_writer) {
        QMetaObject::invokeMethod(m_writer, &StoreWriter::shutDown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_writer;
    }
}

LogDatabase::OpenResult FailureStore::open()
{
    m_inserter.reset();
    m_database = std::make_unique<LogDatabase>(m_path);
    const auto result = m_database->open();
    if (!result.ok) {
        m_database.reset();
        return result;
    }
    m_readOnlyReason = result.readOnly ? result.readOnlyReason : QString();
    if (result.readOnly)
        return result; // lists and exports only: no writer
    // Calls another process kept beside the log while it was locked go in now.
    SpillFile(m_path).takeInto(m_database->db(), m_catalogue);
    startWriter();
    // Only when there is a backlog: opening the writer's connection costs a check of the file.
    if (m_indexesWhenIdle && SearchIndexer(m_database->db()).hasPending())
        QMetaObject::invokeMethod(m_writer, &StoreWriter::indexBacklog, Qt::QueuedConnection);
    return result;
}

void FailureStore::openInBackground()
{
    if (m_opening || isOpen())
        return;
    m_opening = true;
    startWriter();
    QMetaObject::invokeMethod(
        m_writer,
        [this, writer = m_writer] {
            LogDatabase::OpenResult result = writer->open();
            QMetaObject::invokeMethod(
                this, [this, result] { finishOpening(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void FailureStore::finishOpening(LogDatabase::OpenResult result)
{
    m_opening = false;
    m_readOnlyReason = result.ok && result.readOnly ? result.readOnlyReason : QString();
    if (result.ok) {
        // The writer migrated and checked the file; this connection only reads it.
        m_database = std::make_unique<LogDatabase>(m_path);
        const LogDatabase::OpenResult reading = m_database->open(LogDatabase::Check::Connect);
        if (!reading.ok) {
            m_database.reset();
            result.ok = false;
            result.error = reading.error;
        }
    }
    Q_EMIT opened(result);
}

void FailureStore::startWriter()
{
    if (m_writer)
        return;
    m_writer = new StoreWriter(m_path, m_settings);
    m_writer->setCatalogue(m_catalogue);
    m_writer->setIndexesWhenIdle(m_indexesWhenIdle);
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &StoreWriter::written, this, &FailureStore::recordsAdded);
    connect(m_writer, &StoreWriter::pruned, this, &FailureStore::recordsPruned);
    connect(m_writer, &StoreWriter::failed, this, &FailureStore::writeFailed);
    m_thread.start(QThread::LowPriority);
}

bool FailureStore::isOpen() const
{
    return m_database && m_database->isOpen();
}

void FailureStore::append(const RedactedCall &record)
{
    if (isReadOnly()) {
        if (!std::exchange(m_toldReadOnly, true))
            Q_EMIT writeFailed(recordingOff());
        return;
    }
    // Calls made before the store is opened are written all the same: the writer opens its own
    // connection when it first needs it.
    startWriter();
    m_writer->enqueue({ record });
}

qint64 FailureStore::record(const RedactedCall &record, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!isOpen()) {
        message = QStringLiteral("the failure log is not open");
        return 0;
    }
    if (isReadOnly()) {
        message = recordingOff();
        return 0;
    }
    return insertNow(record, true, &message);
}

qint64 FailureStore::insertNow(const RedactedCall &record, bool wait, QString *error)
{
    if (!m_inserter)
        m_inserter = std::make_unique<RecordInserter>(m_database->db(), m_settings.bodyCapBytes);
    m_inserter->setBodyCap(m_settings.bodyCapBytes);
    m_inserter->setCatalogue(m_catalogue);
    m_inserter->setWaitForLock(wait);
    const quint64 reportsBefore = LogDamage::reportCount();
    QList<qint64> ids = m_inserter->insertRedacted({ record }, error);
    if (ids.isEmpty() && LogDamage::reportCount() != reportsBefore && !m_recovering) {
        // The file is damaged: move it aside now and write the record to the fresh one.
        recover(*error, true);
        if (!isOpen())
            return 0;
        m_inserter = std::make_unique<RecordInserter>(m_database->db(), m_settings.bodyCapBytes);
        m_inserter->setCatalogue(m_catalogue);
        m_inserter->setWaitForLock(wait);
        ids = m_inserter->insertRedacted({ record }, error);
    }
    return ids.isEmpty() ? 0 : ids.first();
}

void FailureStore::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    if (m_inserter)
        m_inserter->setCatalogue(m_catalogue);
    if (m_writer)
        m_writer->setCatalogue(m_catalogue);
}

QString FailureStore::recordingOff() const
{
    return tr("Recording is off: %1.").arg(m_readOnlyReason);
}

QString FailureStore::spillPath() const
{
    return SpillFile(m_path).path();
}

FailureStore::Kept FailureStore::recordOrKeep(const RedactedCall &record)
{
    Kept kept;
    if (!isOpen()) {
        kept.error = QStringLiteral("the failure log is not open");
        return kept;
    }
    if (isReadOnly()) {
        kept.error = recordingOff();
        return kept;
    }
    QString error;
    kept.id = insertNow(record, false, &error);
    SpillFile spill(m_path);
    if (kept.id > 0) {
        // The log is free: calls kept earlier go in now.
        if (isOpen())
            spill.takeInto(m_database->db(), m_catalogue);
        return kept;
    }
    if (!isOpen() || !m_inserter || !m_inserter->lockedOut()) {
        kept.error = error;
        return kept;
    }
    QString spillError;
    kept.spilled = spill.append({ record }, m_settings.bodyCapBytes, &spillError);
    if (!kept.spilled)
        kept.error = QStringLiteral("%1; %2").arg(error, spillError);
    return kept;
}

void FailureStore::flush()
{
    if (m_writer)
        m_writer->waitUntilWritten();
}

LogQuery FailureStore::query() const
{
    return LogQuery(m_database ? m_database->db() : QSqlDatabase());
}

LogReader *FailureStore::reader()
{
    if (!m_reader && isOpen())
        m_reader = std::make_unique<LogReader>(m_path);
    return m_reader.get();
}

void FailureStore::setSettings(const LogSettings &settings)
{
    m_settings = settings;
    if (m_writer)
        m_writer->setSettings(settings);
}

void FailureStore::pruneInBackground()
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, &StoreWriter::pruneNow, Qt::QueuedConnection);
}

} // namespace xlink
