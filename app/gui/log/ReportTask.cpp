#include "ReportTask.h"

#include "LogDatabase.h"
#include "LogQuery.h"
#include "TeamDatabase.h"
#include "TeamLocalCopy.h"
#include "TeamQuery.h"
#include "TeamSchema.h"
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

namespace {

// The team log, opened on the calling thread; an empty error when it can be read.
QString openTeam(TeamDatabase &database, const ReportTask::TeamSource &team)
{
    TeamConnectionError error = database.open(team.connection);
    if (error.ok())
        error = TeamSchema::checkReadable(database.db());
    return error.ok() ? QString() : error.message();
}

} // namespace

ReportTask::Result ReportTask::buildNow(const Request &request)
{
    Result result;
    if (request.team) {
        // The selection copied from the server page by page into a private local log, on
        // this thread's own connection, then written by the same writers as a local report.
        TeamDatabase server;
        result.error = openTeam(server, *request.team);
        if (!result.error.isEmpty())
            return result;
        const TeamFilter filter { request.filter, request.team->senders };
        TeamLocalCopy copy;
        if (copy.copy(TeamQuery(server.db()), filter, {}, &result.error) < 0)
            return result;
        LogFilter local = request.filter;
        local.ids.clear(); // the copy holds the selection, under ids of its own
        const LogQuery query(copy.database()->db());
        Report report = ReportBuilder::buildFor(request.format, query, local);
        copy.nameSenders(report, filter);
        return render(report, request);
    }
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
    return render(report, request);
}

ReportTask::Result ReportTask::render(const Report &report, const Request &request)
{
    Result result;
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

void ReportTask::count(const TeamSource &team, const LogFilter &filter)
{
    auto records = std::make_shared<qint64>(-1);
    QThread *thread = QThread::create([team, filter, records] {
        TeamDatabase server;
        if (!openTeam(server, team).isEmpty())
            return;
        const TeamQuery query(server.db());
        const qint64 count = query.count(TeamFilter { filter, team.senders });
        if (query.lastError().isEmpty())
            *records = count;
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
