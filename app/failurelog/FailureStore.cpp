#include "FailureStore.h"

#include "LogReader.h"
#include "RecordInserter.h"
#include "SearchIndexer.h"
#include "StoreWriter.h"
#include "call/Redactor.h"

namespace xlink {

FailureStore::FailureStore(QString path, LogSettings settings, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_settings(settings)
{
    m_thread.setObjectName(QStringLiteral("xlink.failurelog.writer"));
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
    startWriter();
    // Only when there is a backlog: opening the writer's connection costs a check of the file.
    if (SearchIndexer(m_database->db()).hasPending())
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

void FailureStore::append(CallRecord record)
{
    // Redact on the caller's thread: the queue never holds a secret either.
    Redactor::redact(record);
    // Calls made before the store is opened are written all the same: the writer opens its own
    // connection when it first needs it.
    startWriter();
    m_writer->enqueue({ std::move(record) });
}

qint64 FailureStore::record(CallRecord record, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!isOpen()) {
        message = QStringLiteral("the failure log is not open");
        return 0;
    }
    Redactor::redact(record);
    if (!m_inserter)
        m_inserter = std::make_unique<RecordInserter>(m_database->db(), m_settings.bodyCapBytes);
    m_inserter->setBodyCap(m_settings.bodyCapBytes);
    const QList<qint64> ids = m_inserter->insert({ record }, &message);
    return ids.isEmpty() ? 0 : ids.first();
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
