#include "report/CsvReportWriter.h"

#include "call/EnvironmentNames.h"
#include "report/CurlCommand.h"
#include "report/RecordJson.h"
#include "report/TextSink.h"

#include <QStringEncoder>

namespace xlink {

namespace {

// A cell written straight into the UTF-8 output (a QString per line, converted afterwards,
// cost as much as reading the records).
class CsvLine final
{
public:
    explicit CsvLine(QByteArray &out)
        : m_out(out)
    { }

    void number(qint64 value)
    {
        separate();
        m_out.append(QByteArray::number(value));
    }
    void ascii(QByteArrayView text)
    {
        separate();
        m_out.append(text);
    }
    // A text cell: an apostrophe before what a spreadsheet would run as a formula (unless
    // `guard` is false), quotes when needed.
    void text(QStringView text, bool guard = true)
    {
        separate();
        const bool formula = guard && !text.isEmpty()
            && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
                || text.front() == u'@');
        bool quoted = false;
        for (const QChar c : text) {
            if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
                quoted = true;
                break;
            }
        }
        if (quoted)
            m_out.append('"');
        if (formula)
            m_out.append('\'');
        // Quotes doubled: the text between them is encoded in runs.
        qsizetype from = 0;
        for (qsizetype at = quoted ? text.indexOf(u'"') : -1; at >= 0;
             at = text.indexOf(u'"', at + 1)) {
            appendUtf8(text.sliced(from, at + 1 - from));
            m_out.append('"');
            from = at + 1;
        }
        appendUtf8(text.sliced(from));
        if (quoted)
            m_out.append('"');
    }
    // UTF-8 bytes read as QString::fromUtf8 reads them: ASCII as it is, anything else decoded.
    void utf8Text(const QByteArray &bytes)
    {
        for (const char c : bytes) {
            if (uchar(c) >= 0x80) {
                text(QString::fromUtf8(bytes));
                return;
            }
        }
        text(QString::fromLatin1(bytes));
    }
    void end() { m_out.append("\r\n", 2); }

private:
    void separate()
    {
        if (m_started)
            m_out.append(',');
        m_started = true;
    }
    void appendUtf8(QStringView text)
    {
        const qsizetype start = m_out.size();
        m_out.resize(start + text.size() * 3);
        char *end = m_encoder.appendToBuffer(m_out.data() + start, text);
        m_out.resize(end - m_out.constData());
    }

    QByteArray &m_out;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringEncoder::Flag::Stateless };
    bool m_started = false;
};

} // namespace

QStringList CsvReportWriter::columns(bool sender)
{
    QStringList names { QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("environment"),
        QStringLiteral("method"), QStringLiteral("url"), QStringLiteral("endpoint"),
        QStringLiteral("status"), QStringLiteral("code"), QStringLiteral("kind"),
        QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("server_msg"),
        QStringLiteral("error_text"), QStringLiteral("duration_ms"), QStringLiteral("request_size"),
        QStringLiteral("response_size"), QStringLiteral("request_body"),
        QStringLiteral("response_body"), QStringLiteral("curl") };
    // Last, so a team report's other columns are where a local report has them.
    if (sender)
        names << QStringLiteral("sender");
    return names;
}

QString CsvReportWriter::field(const QString &text)
{
    bool needsQuotes = false;
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return text;
    QString out = text;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

bool CsvReportWriter::write(const Report &report, QIODevice &device, QString *error) const
{
    TextSink out(device);
    if (m_options.csvByteOrderMark)
        out << QByteArray("\xEF\xBB\xBF");
    out << columns(report.fromTeamLog).join(u',') + u"\r\n";
    // Most records share a few environments: each is looked up once.
    QString recordedEnvironment;
    QString shownEnvironment;
    report.forEachRecord([&](const StoredCall &stored) {
        const LogEntry &e = stored.entry;
        if (e.environment != recordedEnvironment || shownEnvironment.isNull()) {
            recordedEnvironment = e.environment;
            shownEnvironment = EnvironmentNames::shown(e.environment);
        }
        CsvLine line(out.bytes());
        line.number(e.id);
        QByteArray time;
        RecordJson::appendIsoTime(time, e.time);
        line.ascii(time);
        line.text(shownEnvironment);
        line.text(QString::fromLatin1(e.method), false);
        line.text(e.url);
        line.text(e.endpoint);
        line.ascii(e.httpStatus > 0 ? QByteArray::number(e.httpStatus) : QByteArray());
        line.ascii(e.code ? QByteArray::number(*e.code) : QByteArray());
        line.text(CallRecord::kindName(e.kind));
        line.text(e.zh);
        line.text(e.en);
        line.text(e.serverMessage);
        line.text(e.failureText());
        line.number(e.durationMs);
        line.number(e.requestSize);
        line.number(e.responseSize);
        line.utf8Text(stored.call.requestBody);
        line.utf8Text(stored.call.responseBody);
        line.text(CurlCommand::of(stored));
        if (report.fromTeamLog)
            line.text(e.sender);
        line.end();
        out.flushIfFull();
        return true;
    });
    return out.finish(error);
}

} // namespace xlink
