#include "report/MarkdownReportWriter.h"

#include "call/EnvironmentNames.h"
#include "report/CurlCommand.h"
#include "report/ReportText.h"
#include "report/TextSink.h"

namespace xlink {

QString MarkdownReportWriter::cell(const QString &text)
{
    // Server-supplied text must stay text: a Markdown viewer renders raw HTML (an <img> with
    // an onerror handler) and inline markup, so HTML's own characters become entities and
    // Markdown's are escaped. A table cell also ends at an unescaped pipe or a line break.
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
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
        case u'\\':
        case u'|':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'~':
            out += u'\\';
            out += c;
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u' ';
            break;
        case u'\n':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out.isEmpty() ? QStringLiteral(" ") : out;
}

QString MarkdownReportWriter::hintCell(const QString &text)
{
    // The catalogue's hints mark field names as `code`: kept as code spans, everything
    // around them escaped as any other cell.
    const QStringList parts = text.split(u'`');
    if (parts.size() % 2 == 0)
        return cell(text); // an unpaired backtick: no code spans at all
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i)
        out += i % 2 == 0 ? (parts.at(i).isEmpty() ? QString() : cell(parts.at(i)))
                          : u'`' + codeCell(parts.at(i)) + u'`';
    return out.isEmpty() ? QStringLiteral(" ") : out;
}

QString MarkdownReportWriter::codeCell(const QString &text)
{
    // Inside a code span nothing is markup and backslashes are literal, except that a table
    // still splits at an unescaped pipe (GitHub's tables take "\|" there).
    QString out = text;
    out.replace(u'|', QStringLiteral("\\|"));
    out.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    out.replace(u'\n', u' ');
    out.replace(u'\r', u' ');
    out.replace(u'`', u'\'');
    return out;
}

QString MarkdownReportWriter::fenceFor(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), u'`');
}

bool MarkdownReportWriter::write(const Report &report, QIODevice &device, QString *error) const
{
    using T = ReportText;
    TextSink out(device);
    const ReportSummary &s = report.summary;
    out << u"# " + T::title() + u"\n\n";
    out << u"- " + ReportText::tr("Generated") + u": " + T::time(report.generatedAt) + u'\n';
    out << u"- " + ReportText::tr("Selection") + u": " + cell(report.filterDescription) + u'\n';
    out << u"- " + ReportText::tr("Records") + u": " + QString::number(s.total) + u'\n';
    out << u"- " + ReportText::tr("Time range") + u": " + T::time(s.from) + u" — " + T::time(s.to)
            + u"\n\n";

    out << u"## " + ReportText::tr("Summary") + u"\n\n### " + ReportText::tr("By code") + u"\n\n";
    out << u"| " + ReportText::tr("Code") + u" | " + ReportText::tr("Count")
            + u" | 中文 | English | " + ReportText::tr("Hint") + u" |\n|---:|---:|---|---|---|\n";
    for (const auto &line : s.byCode) {
        out << u"| " + QString::number(line.code) + u" | " + QString::number(line.count) + u" | "
                + cell(line.zh) + u" | " + cell(line.en) + u" | "
                + hintCell(line.hintEn.isEmpty() ? line.hintZh : line.hintZh + u" / " + line.hintEn)
                + u" |\n";
    }
    out << u"\n### " + ReportText::tr("By endpoint") + u"\n\n| " + ReportText::tr("Endpoint")
            + u" | " + ReportText::tr("Count") + u" |\n|---|---:|\n";
    for (const auto &line : s.byEndpoint)
        out << u"| `" + codeCell(line.key) + u"` | " + QString::number(line.count) + u" |\n";
    out << u"\n### " + ReportText::tr("By HTTP status") + u"\n\n| " + ReportText::tr("Status")
            + u" | " + ReportText::tr("Count") + u" | 中文 | English |\n|---:|---:|---|---|\n";
    for (const auto &line : s.byStatus)
        out << u"| " + T::statusLabel(line.status) + u" | " + QString::number(line.count) + u" | "
                + cell(line.zh) + u" | " + cell(line.en) + u" |\n";

    out << u"\n## " + ReportText::tr("Records") + u"\n";
    // Numbered 1..N in the report's order; the log's own id is kept beside.
    qint64 number = 0;
    report.forEachRecord([&](const StoredCall &stored) {
        const LogEntry &e = stored.entry;
        out << u"\n### " + QString::number(++number) + u" · " + T::time(e.time) + u" · "
                + QString::fromLatin1(e.method) + u' ' + cell(e.endpoint) + u"\n\n";
        out << u"- " + ReportText::tr("Log id") + u": " + QString::number(e.id) + u'\n';
        out << u"- URL: `" + QString(e.url).replace(u'`', QStringLiteral("%60")) + u"`\n";
        if (!e.sender.isEmpty())
            out << u"- " + ReportText::tr("Sender") + u": " + cell(e.sender) + u'\n';
        out << u"- " + ReportText::tr("Environment") + u": "
                + cell(EnvironmentNames::shown(e.environment)) + u'\n';
        out << u"- " + ReportText::tr("Outcome") + u": "
                + T::kindLabel(CallRecord::kindName(e.kind)) + u" · HTTP "
                + T::statusLabel(e.httpStatus) + u" · " + ReportText::tr("code") + u' '
                + T::codeLabel(e.code) + u'\n';
        out << u"- " + ReportText::tr("Message") + u": " + cell(e.zh) + u" / " + cell(e.en) + u'\n';
        if (!e.serverMessage.isEmpty())
            out << u"- " + ReportText::tr("Server msg") + u": " + cell(e.serverMessage) + u'\n';
        if (!e.failureText().isEmpty())
            out << u"- " + ReportText::tr("Detail") + u": " + cell(e.failureText()) + u'\n';
        out << u"- " + ReportText::tr("Duration") + u": " + QString::number(e.durationMs)
                + u" ms\n\n";
        const QString curl = CurlCommand::of(stored);
        const QString curlFence = fenceFor(curl);
        out << curlFence + u"bash\n" + curl + u'\n' + curlFence + u"\n";
        if (!stored.call.responseBody.isEmpty()) {
            const QString body = T::bodyExcerpt(
                stored.call.responseBody, e.responseSize, m_options.bodyExcerptBytes);
            const QString fence = fenceFor(body);
            out << u'\n' + ReportText::tr("Response body") + u":\n\n" + fence + u'\n' + body + u'\n'
                    + fence + u'\n';
        }
        return true;
    });
    return out.finish(error);
}

} // namespace xlink
