#include "report/ReportBuilder.h"

#include "ReadSnapshot.h"
#include "call/EnvironmentNames.h"
#include "catalogue/ErrorCatalogue.h"
#include "report/ChartPainter.h"

#include <QCoreApplication>

namespace xlink {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("xlink::ReportBuilder", text);
}
} // namespace

QString ReportBuilder::describe(const LogFilter &filter)
{
    QStringList parts;
    auto numbers = [](const QList<int> &list) {
        QStringList out;
        for (int n : list)
            out << QString::number(n);
        return out.join(u", ");
    };
    // A prefix is shown as the start of a number: "404…".
    auto withPrefixes = [&numbers](const QList<int> &exact, const QStringList &prefixes) {
        QStringList out;
        if (!exact.isEmpty())
            out << numbers(exact);
        for (const QString &prefix : prefixes)
            out << prefix + u'…';
        return out.join(u", ");
    };
    if (!filter.codes.isEmpty() || !filter.codePrefixes.isEmpty())
        parts << tr("code %1").arg(withPrefixes(filter.codes, filter.codePrefixes));
    if (!filter.statuses.isEmpty() || !filter.statusPrefixes.isEmpty()) {
        // A status prefix reads as its class: "5" is 5xx.
        QStringList statuses;
        if (!filter.statuses.isEmpty())
            statuses << numbers(filter.statuses);
        for (const QString &prefix : filter.statusPrefixes)
            statuses << prefix + QString(3 - prefix.size(), u'x');
        parts << tr("HTTP status %1").arg(statuses.join(u", "));
    }
    if (!filter.endpoints.isEmpty())
        parts << tr("endpoint %1").arg(filter.endpoints.join(u", "));
    if (!filter.environments.isEmpty()) {
        QStringList shown;
        for (const QString &name : filter.environments) {
            if (const QString environment = EnvironmentNames::shown(name);
                !shown.contains(environment))
                shown << environment;
        }
        parts << tr("environment %1").arg(shown.join(u", "));
    }
    if (!filter.kinds.isEmpty()) {
        QStringList kinds;
        for (CallRecord::Kind kind : filter.kinds)
            kinds << CallRecord::kindName(kind);
        parts << tr("kind %1").arg(kinds.join(u", "));
    }
    if (filter.since.isValid())
        parts << tr("since %1").arg(filter.since.toUTC().toString(Qt::ISODate));
    if (filter.until.isValid())
        parts << tr("until %1").arg(filter.until.toUTC().toString(Qt::ISODate));
    if (!filter.text.isEmpty())
        parts << tr("containing \"%1\"").arg(filter.text);
    // Said in full: what is in the report, then how it was narrowed.
    QString description = filter.failuresOnly ? tr("every failure in the log")
                                              : tr("every call in the log, successes included");
    if (!filter.ids.isEmpty())
        description = QCoreApplication::translate("xlink::ReportBuilder",
                          "%n selected record(s), from", nullptr, int(filter.ids.size()))
            + u' ' + description;
    if (parts.isEmpty())
        return description + u"; " + tr("no filter");
    return description + u"; " + tr("filtered by") + u' ' + parts.join(u"; ");
}

Report ReportBuilder::build(
    const LogQuery &query, const LogFilter &filter, const QDateTime &generatedAt)
{
    return build(query, filter, ErrorCatalogue::builtin(), generatedAt);
}

Report ReportBuilder::buildFor(ReportExporter::Format format, const LogQuery &query,
    const LogFilter &filter, const QDateTime &generatedAt)
{
    return buildFor(format, query, filter, ErrorCatalogue::builtin(), generatedAt);
}

Report ReportBuilder::buildFor(ReportExporter::Format format, const LogQuery &query,
    const LogFilter &filter, const ErrorCatalogue &catalogue, const QDateTime &generatedAt)
{
    if (ReportExporter::showsSummary(format))
        return build(query, filter, catalogue, generatedAt);
    Report report;
    report.generatedAt = generatedAt.toUTC();
    report.filter = filter;
    report.filterDescription = describe(filter);
    report.snapshot = std::make_shared<const ReadSnapshot>(query.database());
    report.summary.total = query.count(filter);
    report.forEachRecord = [&query, filter](const std::function<bool(const StoredCall &)> &visit) {
        return query.forEach(filter, true, visit);
    };
    return report;
}

Report ReportBuilder::build(const LogQuery &query, const LogFilter &filter,
    const ErrorCatalogue &catalogue, const QDateTime &generatedAt)
{
    Report report;
    report.generatedAt = generatedAt.toUTC();
    report.filter = filter;
    report.filterDescription = describe(filter);
    report.snapshot = std::make_shared<const ReadSnapshot>(query.database());
    ReportSummary &summary = report.summary;
    const LogQuery::Breakdown breakdown = query.breakdown(filter);
    summary.total = breakdown.total;
    summary.from = breakdown.from;
    summary.to = breakdown.to;
    for (const auto &count : breakdown.byCode) {
        ReportSummary::CodeLine line;
        line.code = count.key.toInt();
        line.count = count.count;
        if (const CatalogueEntry *entry = catalogue.find(line.code)) {
            line.zh = entry->message.zh;
            line.en = entry->message.en;
            if (entry->hint) {
                line.hintZh = entry->hint->zh;
                line.hintEn = entry->hint->en;
            }
        }
        summary.byCode.append(line);
    }
    for (const auto &count : breakdown.byEndpoint)
        summary.byEndpoint.append({ count.key.toString(), count.count });
    for (const auto &count : breakdown.byStatus) {
        ReportSummary::StatusLine line;
        line.status = count.key.toInt();
        line.count = count.count;
        if (filter.failuresOnly && line.status > 0 && line.status < 400) {
            // Failures with a success status: an error object or a broken body in a 2xx
            // answer. The status's own meaning ("request succeeded") would read as a success.
            line.zh = QStringLiteral("状态码表示成功，但调用失败（响应体中有平台错误或无法解析）");
            line.en = QStringLiteral("The status says success, but the call failed (a platform "
                                     "error in the body, or a body that does not parse)");
        } else if (const HttpStatusInfo *info = catalogue.httpStatus(line.status)) {
            line.zh = info->meaning.zh;
            line.en = info->meaning.en;
        }
        summary.byStatus.append(line);
    }
    for (const auto &count : breakdown.byKind)
        summary.byKind.append({ count.key.toString(), count.count });
    if (summary.from.isValid()) {
        const auto [from, to]
            = ChartPainter::timeSpan(summary.from, summary.to, filter, timelineBuckets);
        summary.timeline = query.timeBuckets(filter, from, to, timelineBuckets);
    }
    report.forEachRecord = [&query, filter](const std::function<bool(const StoredCall &)> &visit) {
        return query.forEach(filter, true, visit);
    };
    return report;
}

} // namespace xlink
