#include "report/JsonReportWriter.h"

#include "report/JsonWriter.h"
#include "report/RecordJson.h"
#include "report/TextSink.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xlink {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(RecordJson::isoTime(time)) : QJsonValue();
}

// The document's text without its closing brace, so records can be streamed after it.
QByteArray openDocument(const QJsonObject &head)
{
    QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Indented);
    const qsizetype close = text.lastIndexOf('}');
    text.truncate(close);
    while (text.endsWith('\n') || text.endsWith(' '))
        text.chop(1);
    return text;
}

} // namespace

bool JsonReportWriter::write(const Report &report, QIODevice &device, QString *error) const
{
    const ReportSummary &s = report.summary;
    QJsonArray byCode;
    for (const auto &line : s.byCode)
        byCode.append(QJsonObject { { QStringLiteral("code"), line.code },
            { QStringLiteral("count"), line.count }, { QStringLiteral("zh"), line.zh },
            { QStringLiteral("en"), line.en }, { QStringLiteral("hintZh"), line.hintZh },
            { QStringLiteral("hintEn"), line.hintEn } });
    QJsonArray byEndpoint;
    for (const auto &line : s.byEndpoint)
        byEndpoint.append(QJsonObject {
            { QStringLiteral("endpoint"), line.key }, { QStringLiteral("count"), line.count } });
    QJsonArray byStatus;
    for (const auto &line : s.byStatus)
        byStatus.append(QJsonObject {
            { QStringLiteral("status"), line.status > 0 ? QJsonValue(line.status) : QJsonValue() },
            { QStringLiteral("count"), line.count }, { QStringLiteral("zh"), line.zh },
            { QStringLiteral("en"), line.en } });
    QJsonArray byKind;
    for (const auto &line : s.byKind)
        byKind.append(QJsonObject {
            { QStringLiteral("kind"), line.key }, { QStringLiteral("count"), line.count } });
    const QJsonObject head {
        { QStringLiteral("schema"), QString::fromLatin1(schema) },
        { QStringLiteral("generator"), QStringLiteral("xlink-console " XLINK_VERSION) },
        { QStringLiteral("generatedAt"), RecordJson::isoTime(report.generatedAt) },
        { QStringLiteral("selection"), report.filterDescription },
        { QStringLiteral("summary"),
            QJsonObject { { QStringLiteral("from"), timeOrNull(s.from) },
                { QStringLiteral("to"), timeOrNull(s.to) }, { QStringLiteral("total"), s.total },
                { QStringLiteral("byCode"), byCode }, { QStringLiteral("byEndpoint"), byEndpoint },
                { QStringLiteral("byStatus"), byStatus }, { QStringLiteral("byKind"), byKind } } },
    };
    TextSink out(device);
    out << openDocument(head) << QByteArray(",\n    \"records\": [");
    bool first = true;
    report.forEachRecord([&](const StoredCall &stored) {
        out.bytes().append(first ? "\n" : ",\n");
        JsonWriter record(out.bytes());
        RecordJson::writeFull(record, stored);
        out.flushIfFull();
        first = false;
        return true;
    });
    out << QByteArray(first ? "]\n}\n" : "\n    ]\n}\n");
    return out.finish(error);
}

} // namespace xlink
