#pragma once

#include "report/Report.h"

#include <QString>

namespace xlink {

// Labels and phrases shared by the text-like report formats, translated once.
class ReportText final
{
public:
    static QString title();
    static QString kindLabel(const QString &kindName);
    static QString statusLabel(int status);
    static QString codeLabel(const std::optional<int> &code);
    // The first `limit` bytes of a body as text, with a note when more was cut.
    static QString bodyExcerpt(const QByteArray &body, qint64 originalSize, int limit);
    static QString time(const QDateTime &time); // "2026-03-01 08:00:00 UTC"
    // What a PDF of `total` records will hold when that is not all of them (more than
    // `limit`): the summary of all and the first `limit` records. Empty when it holds all.
    static QString pdfPlan(qint64 total, int limit);
    // Call it as ReportText::tr("..."), never through an alias: lupdate files only a call
    // qualified with the class name under this context, so an aliased call is never translated.
    static QString tr(const char *text);
};

} // namespace xlink
