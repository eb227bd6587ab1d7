#include "report/ReportExporter.h"

#include "report/CsvReportWriter.h"
#include "report/HarReportWriter.h"
#include "report/HtmlReportWriter.h"
#include "report/JsonReportWriter.h"
#include "report/MarkdownReportWriter.h"
#include "report/PdfReportWriter.h"
#include "util/OwnerOnlyFiles.h"

#include <QBuffer>
#include <QCoreApplication>

namespace xlink {

namespace {

// Writes `report` and fails when its records could not all be read (a damaged page of the
// log): a report missing records must not pass for a whole one.
bool writeWhole(const ReportWriter &writer, const Report &report, QIODevice &device, QString *error)
{
    bool readAll = true;
    Report reading = report;
    reading.forEachRecord
        = [&report, &readAll](const std::function<bool(const StoredCall &)> &visit) {
              const bool read = report.forEachRecord && report.forEachRecord(visit);
              readAll = readAll && read;
              return read;
          };
    if (!writer.write(reading, device, error))
        return false;
    if (readAll)
        return true;
    *error = QCoreApplication::translate(
        "xlink::ReportExporter", "The failure log could not be read to the end.");
    return false;
}

constexpr std::pair<ReportExporter::Format, const char16_t *> names[] = {
    { ReportExporter::Format::Markdown, u"md" },
    { ReportExporter::Format::Html, u"html" },
    { ReportExporter::Format::Pdf, u"pdf" },
    { ReportExporter::Format::Csv, u"csv" },
    { ReportExporter::Format::Json, u"json" },
    { ReportExporter::Format::Har, u"har" },
};
} // namespace

std::optional<ReportExporter::Format> ReportExporter::formatFromName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == u"markdown")
        return Format::Markdown;
    for (const auto &[format, n] : names) {
        if (lower == QStringView(n))
            return format;
    }
    return std::nullopt;
}

QString ReportExporter::formatName(Format format)
{
    for (const auto &[f, n] : names) {
        if (f == format)
            return QString::fromUtf16(n);
    }
    return {};
}

QStringList ReportExporter::formatNames()
{
    QStringList list;
    for (const auto &[f, n] : names)
        list << QString::fromUtf16(n);
    return list;
}

QString ReportExporter::fileExtension(Format format)
{
    return formatName(format);
}

std::unique_ptr<ReportWriter> ReportExporter::writerFor(Format format, const ReportOptions &options)
{
    switch (format) {
    case Format::Markdown:
        return std::make_unique<MarkdownReportWriter>(options);
    case Format::Html:
        return std::make_unique<HtmlReportWriter>(options);
    case Format::Pdf:
        return std::make_unique<PdfReportWriter>(options);
    case Format::Csv:
        return std::make_unique<CsvReportWriter>(options);
    case Format::Json:
        return std::make_unique<JsonReportWriter>();
    case Format::Har:
        return std::make_unique<HarReportWriter>();
    }
    return nullptr;
}

QByteArray ReportExporter::preview(
    const Report &report, Format format, const ReportOptions &options, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString ignored;
    if (!writeWhole(*writerFor(format, options), report, buffer, error ? error : &ignored))
        return {};
    buffer.close();
    return bytes;
}

bool ReportExporter::save(const Report &report, Format format, const QString &path,
    const ReportOptions &options, QString *error)
{
    // A report holds requests and answers: owner-only, and whole or not at all.
    const std::unique_ptr<ReportWriter> writer = writerFor(format, options);
    return OwnerOnlyFiles::save(
        path,
        [&writer, &report](QIODevice &device, QString *writeError) {
            return writeWhole(*writer, report, device, writeError);
        },
        error);
}

bool ReportExporter::saveBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    return OwnerOnlyFiles::save(path, bytes, error);
}

} // namespace xlink
