#include "report/HtmlReportWriter.h"

#include "call/EnvironmentNames.h"
#include "catalogue/EntryFormatter.h"
#include "report/CurlCommand.h"
#include "report/ReportText.h"
#include "report/TextSink.h"

namespace xlink {

namespace {

constexpr auto style = R"(
body { font-family: "Noto Sans", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
       color: #1d1d1f; margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: .92em; }
th, td { border: 1px solid #d0d0d0; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar { background: #c0392b; height: .8em; min-width: 1px; }
.meta { color: #555; }
section.record { border: 1px solid #ddd; border-radius: 4px; padding: .5em 1em; margin: 1em 0;
                 page-break-inside: avoid; break-inside: avoid; }
section.record h3 { margin: .2em 0 .4em; font-size: 1.05em; }
pre { background: #f7f7f7; padding: .5em; overflow-x: auto; white-space: pre-wrap;
      word-break: break-all; font-size: .85em; }
.kind { display: inline-block; padding: 0 .4em; border-radius: 3px; background: #eee; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; }
               h2 { page-break-after: avoid; } pre { border: 1px solid #ddd; } }
)";

} // namespace

QString HtmlReportWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\'':
            out += u"&#39;";
            break;
        default:
            // Control characters are not allowed in XML 1.0; show them as U+FFFD.
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r')
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

bool HtmlReportWriter::write(const Report &report, QIODevice &device, QString *error) const
{
    using T = ReportText;
    const auto e = &HtmlReportWriter::escaped;
    TextSink out(device);
    const ReportSummary &s = report.summary;
    out << QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
                          "<meta charset=\"utf-8\"/>\n<title>")
            + e(T::title()) + u"</title>\n<style>" + QString::fromUtf8(style)
            + u"</style>\n</head>\n<body>\n";
    out << u"<h1>" + e(T::title()) + u"</h1>\n<p class=\"meta\">" + e(ReportText::tr("Generated"))
            + u": " + e(T::time(report.generatedAt)) + u"<br/>" + e(ReportText::tr("Selection"))
            + u": " + e(report.filterDescription) + u"<br/>" + e(ReportText::tr("Records")) + u": "
            + QString::number(s.total) + u"<br/>" + e(ReportText::tr("Time range")) + u": "
            + e(T::time(s.from)) + u" — " + e(T::time(s.to)) + u"</p>\n";

    out << u"<h2>" + e(ReportText::tr("Summary")) + u"</h2>\n<h3>" + e(ReportText::tr("By code"))
            + u"</h3>\n";
    out << u"<table>\n<tr><th>" + e(ReportText::tr("Code")) + u"</th><th>"
            + e(ReportText::tr("Count")) + u"</th><th></th><th>中文</th><th>English</th><th>"
            + e(ReportText::tr("Hint")) + u"</th></tr>\n";
    qint64 largest = 1;
    for (const auto &line : s.byCode)
        largest = std::max(largest, line.count);
    for (const auto &line : s.byCode) {
        const int width = int(100 * line.count / largest);
        out << u"<tr><td class=\"n\">" + QString::number(line.code) + u"</td><td class=\"n\">"
                + QString::number(line.count) + u"</td><td style=\"width:8em\"><div class=\"bar\""
                + u" style=\"width:" + QString::number(width) + u"%\"></div></td><td>" + e(line.zh)
                + u"</td><td>" + e(line.en) + u"</td><td>"
                + EntryFormatter::codeSpansToHtml(line.hintZh)
                + (line.hintEn.isEmpty() ? QString()
                                         : u"<br/>" + EntryFormatter::codeSpansToHtml(line.hintEn))
                + u"</td></tr>\n";
    }
    out << u"</table>\n<h3>" + e(ReportText::tr("By endpoint")) + u"</h3>\n<table>\n<tr><th>"
            + e(ReportText::tr("Endpoint")) + u"</th><th>" + e(ReportText::tr("Count"))
            + u"</th></tr>\n";
    for (const auto &line : s.byEndpoint)
        out << u"<tr><td><code>" + e(line.key) + u"</code></td><td class=\"n\">"
                + QString::number(line.count) + u"</td></tr>\n";
    out << u"</table>\n<h3>" + e(ReportText::tr("By HTTP status")) + u"</h3>\n<table>\n<tr><th>"
            + e(ReportText::tr("Status")) + u"</th><th>" + e(ReportText::tr("Count"))
            + u"</th><th>中文</th><th>English</th></tr>\n";
    for (const auto &line : s.byStatus)
        out << u"<tr><td class=\"n\">" + e(T::statusLabel(line.status)) + u"</td><td class=\"n\">"
                + QString::number(line.count) + u"</td><td>" + e(line.zh) + u"</td><td>"
                + e(line.en) + u"</td></tr>\n";
    out << u"</table>\n<h2>" + e(ReportText::tr("Records")) + u"</h2>\n";

    qint64 number = 0; // 1..N in the report's order; the log id is a row of its own
    report.forEachRecord([&](const StoredCall &stored) {
        const LogEntry &r = stored.entry;
        out << u"<section class=\"record\" id=\"r" + QString::number(r.id) + u"\">\n<h3>"
                + QString::number(++number) + u" · " + e(T::time(r.time)) + u" · "
                + e(QString::fromLatin1(r.method)) + u" <code>" + e(r.endpoint)
                + u"</code></h3>\n<table>\n";
        auto row = [&](const QString &label, const QString &valueHtml) {
            out << u"<tr><th style=\"width:9em\">" + e(label) + u"</th><td>" + valueHtml
                    + u"</td></tr>\n";
        };
        row(ReportText::tr("Log id"), QString::number(r.id));
        row(QStringLiteral("URL"), u"<code>" + e(r.url) + u"</code>");
        if (!r.sender.isEmpty())
            row(ReportText::tr("Sender"), e(r.sender));
        row(ReportText::tr("Environment"), e(EnvironmentNames::shown(r.environment)));
        row(ReportText::tr("Outcome"),
            u"<span class=\"kind\">" + e(T::kindLabel(CallRecord::kindName(r.kind)))
                + u"</span> HTTP " + e(T::statusLabel(r.httpStatus)) + u" · "
                + e(ReportText::tr("code")) + u' ' + e(T::codeLabel(r.code)));
        row(ReportText::tr("Message"), e(r.zh) + u"<br/>" + e(r.en));
        if (!r.serverMessage.isEmpty())
            row(ReportText::tr("Server msg"), e(r.serverMessage));
        if (!r.failureText().isEmpty())
            row(ReportText::tr("Detail"), e(r.failureText()));
        row(ReportText::tr("Duration"), QString::number(r.durationMs) + u" ms");
        out << u"</table>\n<pre class=\"curl\">" + e(CurlCommand::of(stored)) + u"</pre>\n";
        if (!stored.call.responseBody.isEmpty())
            out << u"<p>" + e(ReportText::tr("Response body")) + u":</p>\n<pre>"
                    + e(T::bodyExcerpt(
                        stored.call.responseBody, r.responseSize, m_options.bodyExcerptBytes))
                    + u"</pre>\n";
        out << QStringLiteral("</section>\n");
        return true;
    });
    out << QStringLiteral("</body>\n</html>\n");
    return out.finish(error);
}

} // namespace xlink
