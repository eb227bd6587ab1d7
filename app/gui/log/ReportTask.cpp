#include "ReportTask.h"

#include "LogDatabase.h"
#include "LogQuery.h"
#include "report/ReportBuilder.h"

#include <QThread>

#include <memory>

namespace xlink {

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

QByteArray ReportTask::buildNow(const Request &request, QString *error)
{
    LogDatabase database(request.databasePath);
    const LogDatabase::OpenResult opened = database.open();
    if (!opened.ok) {
        *error = opened.error;
        return {};
    }
    const LogQuery query(database.db());
    const Report report = ReportBuilder::build(query, request.filter);
    QByteArray bytes = ReportExporter::preview(report, request.format, request.options, error);
    if (bytes.isEmpty() && error->isEmpty())
        *error = tr("The report could not be written.");
    return bytes;
}

void ReportTask::build(const Request &request)
{
    const quint64 generation = ++m_generation;
    auto result = std::make_shared<std::pair<QByteArray, QString>>();
    QThread *thread = QThread::create(
        [request, result] { result->first = buildNow(request, &result->second); });
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (generation == m_generation)
            Q_EMIT built(result->first, result->second);
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
