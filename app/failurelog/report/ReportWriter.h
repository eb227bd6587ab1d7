#pragma once

#include "report/Report.h"

#include <QIODevice>
#include <QString>

namespace xlink {

// Options some formats honour.
struct ReportOptions
{
    bool csvByteOrderMark = false; // Excel needs it to read UTF-8 CSV
    int bodyExcerptBytes = 4096; // Markdown, HTML and PDF show this much of each body
    // A PDF holds the summary and at most this many records: painting runs at a few thousand
    // records a second, and pages of tens of thousands of records help no reader (the CSV,
    // JSON and HAR exports hold every record). ReportText::pdfPlan() says so beforehand.
    static constexpr int defaultPdfRecordLimit = 2000;
    int pdfRecordLimit = defaultPdfRecordLimit;
};

// Writes a report in one format to a device. Output depends only on the report and the
// options, so a preview and the saved file are the same bytes.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    // false with `error` set when the device refused the bytes.
    virtual bool write(const Report &report, QIODevice &device, QString *error) const = 0;
};

} // namespace xlink
