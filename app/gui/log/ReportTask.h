#pragma once

#include "LogFilter.h"
#include "report/ReportExporter.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace xlink {

// Builds a report's bytes and saves them off the GUI thread, through the failure-log library:
// the worker opens its own connection to the log (one per thread), builds the report with
// ReportBuilder, renders it with ReportExporter::preview(), and a save writes exactly those
// bytes through QSaveFile. A newer build supersedes one still running.
class ReportTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTask)

public:
    struct Request
    {
        QString databasePath;
        LogFilter filter;
        ReportExporter::Format format = ReportExporter::Format::Markdown;
        ReportOptions options;
    };

    explicit ReportTask(QObject *parent = nullptr);
    ~ReportTask() override; // waits for the workers still running

    void build(const Request &request);
    void save(const QByteArray &bytes, const QString &path);
    bool isBusy() const { return !m_threads.isEmpty(); }

    // The work itself, on the calling thread.
    static QByteArray buildNow(const Request &request, QString *error);

Q_SIGNALS:
    // Only for the latest build(); `error` is empty on success.
    void built(const QByteArray &bytes, const QString &error);
    void saved(const QString &path, const QString &error);

private:
    void run(QThread *thread);

    QList<QThread *> m_threads;
    quint64 m_generation = 0;
};

} // namespace xlink
