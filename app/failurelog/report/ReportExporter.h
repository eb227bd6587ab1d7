#pragma once

#include "report/ReportWriter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace xlink {

// The report formats and the two ways out: a preview (the exact bytes a save would write,
// for the GUI to show first) and a save through QSaveFile (the old file stays intact until
// the new one is complete).
class ReportExporter final
{
public:
    enum class Format { Markdown, Html, Pdf, Csv, Json, Har };

    static std::optional<Format> formatFromName(QStringView name); // md, html, pdf, csv, json, har
    static QString formatName(Format format);
    static QStringList formatNames();
    static QString fileExtension(Format format);
    static std::unique_ptr<ReportWriter> writerFor(
        Format format, const ReportOptions &options = {});
    static bool needsGui(Format format) { return format == Format::Pdf; }
    // Whether the format shows the summary (CSV and HAR hold the records alone).
    static bool showsSummary(Format format)
    {
        return format != Format::Csv && format != Format::Har;
    }

    static QByteArray preview(const Report &report, Format format,
        const ReportOptions &options = {}, QString *error = nullptr);
    // Streams the report into `path`.
    static bool save(const Report &report, Format format, const QString &path,
        const ReportOptions &options = {}, QString *error = nullptr);
    // Writes bytes a preview returned, unchanged.
    static bool saveBytes(const QByteArray &bytes, const QString &path, QString *error = nullptr);
};

} // namespace xlink
