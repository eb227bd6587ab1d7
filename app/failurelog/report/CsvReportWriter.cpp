#include "report/CsvReportWriter.h"

#include "call/EnvironmentNames.h"
#include "report/CurlCommand.h"
#include "report/RecordJson.h"
#include "report/TextSink.h"

namespace xlink {

namespace {

QString textField(const QString &text)
{
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
            || text.front() == u'@'))
        return CsvReportWriter::field(u'\'' + text);
    return CsvReportWriter::field(text);
}

} // namespace

QStringList CsvReportWriter::columns()
{
    return { QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("environment"),
        QStringLiteral("method"), QStringLiteral("url"), QStringLiteral("endpoint"),
        QStringLiteral("status"), QStringLiteral("code"), QStringLiteral("kind"),
        QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("server_msg"),
        QStringLiteral("error_text"), QStringLiteral("duration_ms"), QStringLiteral("request_size"),
        QStringLiteral("response_size"), QStringLiteral("request_body"),
        QStringLiteral("response_body"), QStringLiteral("curl") };
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
    out << columns().join(u',') + u"\r\n";
    report.forEachRecord([&](const StoredCall &stored) {
        const LogEntry &e = stored.entry;
        QString line;
        line.reserve(512 + stored.call.requestBody.size() + stored.call.responseBody.size());
        line += QString::number(e.id) + u',' + RecordJson::isoTime(e.time) + u','
            + textField(EnvironmentNames::shown(e.environment)) + u','
            + field(QString::fromLatin1(e.method)) + u',' + textField(e.url) + u','
            + textField(e.endpoint) + u','
            + (e.httpStatus > 0 ? QString::number(e.httpStatus) : QString()) + u','
            + (e.code ? QString::number(*e.code) : QString()) + u',' + CallRecord::kindName(e.kind)
            + u',' + textField(e.zh) + u',' + textField(e.en) + u',' + textField(e.serverMessage)
            + u',' + textField(e.errorText) + u',' + QString::number(e.durationMs) + u','
            + QString::number(e.requestSize) + u',' + QString::number(e.responseSize) + u','
            + textField(QString::fromUtf8(stored.call.requestBody)) + u','
            + textField(QString::fromUtf8(stored.call.responseBody)) + u','
            + textField(CurlCommand::of(stored.call)) + u"\r\n";
        out << line;
        return true;
    });
    return out.finish(error);
}

} // namespace xlink
