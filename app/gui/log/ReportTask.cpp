#include "ReportTask.h"

#include "LogDatabase.h"
#include "LogQuery.h"
#include "report/PdfReportWriter.h"
#include "report/ReportBuilder.h"

#include <QThread>

#include <memory>

namespace xlink {

namespace {

// Preview pages at 1.25 pixels per point: an A4 page is 744 px wide, legible in the dialog.
constexpr qreal previewScale = 1.25;

} // namespace

ReportTask::ReportTask(QObject *parent)
    : QObject(parent)
{ }

ReportTask::~ReportTask()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

ReportTask::Result ReportTask::buildNow(const Request &request)
{
    Result result;
    LogDatabase database(request.databasePath);
    // The store opened and checked the file; damage found while reading goes to it through
    // LogDamage (a connection here must never move the file aside under the store's).
    const LogDatabase::OpenResult opened = database.open(LogDatabase::Check::Connect);
    if (!opened.ok) {
        result.error = opened.error;
        return result;
    }
    const LogQuery query(database.db());
    const Report report = ReportBuilder::buildFor(request.format, query, request.filter);
    result.bytes = ReportExporter::preview(report, request.format, request.options, &result.error);
    if (result.bytes.isEmpty() && result.error.isEmpty())
        result.error = tr("The report could not be written.");
    if (result.error.isEmpty() && request.format == ReportExporter::Format::Pdf
        && request.previewPages > 0) {
        const PdfReportWriter writer(request.options);
        result.pages = writer.renderPages(report, previewScale, request.previewPages);
        result.pageCount = writer.pageCount();
    }
    return result;
}

void ReportTask::build(const Request &request)
{
    const quint64 generation = ++m_generation;
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([request, result] { *result = buildNow(request); });
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (generation == m_generation)
            Q_EMIT built(*result);
    });
    run(thread);
}

void ReportTask::count(const QString &databasePath, const LogFilter &filter)
{
    auto records = std::make_shared<qint64>(-1);
    QThread *thread = QThread::create([databasePath, filter, records] {
        LogDatabase database(databasePath);
        if (database.open(LogDatabase::Check::Connect).ok)
            *records = LogQuery(database.db()).count(filter);
    });
    connect(thread, &QThread::finished, this, [this, thread, records] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        Q_EMIT counted(*records);
    });
    run(thread);
}

void ReportTask::save(const QByteArray &bytes, const QString &path)
{
    auto error = std::make_shared<QString>();
    QThread *thread = QThread::create([bytes, path, error] {
        if (!ReportExporter::saveBytes(bytes, path, error.get()) && error->isEmpty())
            *error = tr("The file could not be written.");
    });
    connect(thread, &QThread::finished, this, [this, thread, path, error] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        Q_EMIT saved(path, *error);
    });
    run(thread);
}

void ReportTask::run(QThread *thread)
{
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}

} // namespace xlink
