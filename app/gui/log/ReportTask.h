#pragma once

#include "LogFilter.h"
#include "TeamConnectionSettings.h"
#include "report/Report.h"
#include "report/ReportExporter.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QThread;

namespace xlink {

// Builds a report's bytes and saves them off the GUI thread, through the failure-log library:
// the worker opens its own connection to the log (one per thread), builds the report with
// ReportBuilder, renders it with ReportExporter::preview(), and a save writes exactly those
// bytes through QSaveFile. A newer build supersedes one still running. A PDF's preview pages are
// painted by PdfReportWriter itself, so the preview shows the document that will be written.
// A team report is read from the team log on the worker's own connection (TeamLocalCopy), its
// records naming their senders.
class ReportTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTask)

public:
    // The team log to read instead of the local one, and the senders picked.
    struct TeamSource
    {
        TeamConnectionSettings connection;
        QStringList senders;
    };

    struct Request
    {
        QString databasePath;
        std::optional<TeamSource> team;
        LogFilter filter;
        ReportExporter::Format format = ReportExporter::Format::Markdown;
        ReportOptions options;
        // For a PDF: how many of its pages to paint as images for the preview.
        int previewPages = 0;
    };

    struct Result
    {
        QByteArray bytes; // exactly what a save writes
        QList<QImage> pages; // a PDF's first pages, painted by the code that paints the PDF
        int pageCount = 0; // a PDF's pages, all of them
        QString error; // empty on success
    };

    explicit ReportTask(QObject *parent = nullptr);
    ~ReportTask() override; // waits for the workers still running

    void build(const Request &request);
    // Counts the records a filter selects, for the dialog's labels.
    void count(const QString &databasePath, const LogFilter &filter);
    void count(const TeamSource &team, const LogFilter &filter);
    void save(const QByteArray &bytes, const QString &path);
    bool isBusy() const { return !m_threads.isEmpty(); }

    // The work itself, on the calling thread.
    static Result buildNow(const Request &request);

Q_SIGNALS:
    // Only for the latest build().
    void built(const xlink::ReportTask::Result &result);
    // -1 when the log could not be read.
    void counted(qint64 records);
    void saved(const QString &path, const QString &error);

private:
    void run(QThread *thread);
    static Result render(const Report &report, const Request &request);

    QList<QThread *> m_threads;
    quint64 m_generation = 0;
};

} // namespace xlink
