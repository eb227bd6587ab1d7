#include "call/FailureText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// The names are stored in the failure log: never rename one.
constexpr auto reasonKey = "reason"_L1;
constexpr auto truncatedName = "truncated"_L1;
constexpr auto tooLargeName = "too_large"_L1;
constexpr auto timedOutName = "timeout"_L1;
constexpr auto certificateName = "certificate"_L1;
constexpr auto hostName = "dns"_L1;
constexpr auto insecureRedirectName = "insecure_redirect"_L1;
constexpr auto transportName = "transport"_L1;
constexpr auto invalidJsonName = "invalid_json"_L1;
constexpr auto htmlPageName = "html_page"_L1;
constexpr auto offSchemaName = "off_schema"_L1;
// Enough places to find the problem; the console's response check lists them all.
constexpr qsizetype offSchemaPathsKept = 5;

QJsonObject reason(QLatin1StringView name, QJsonObject fields = {})
{
    fields.insert(reasonKey, name);
    return fields;
}

qint64 number(const QJsonObject &data, QLatin1StringView key)
{
    return qint64(data.value(key).toDouble());
}

} // namespace

QJsonObject FailureText::truncated(qint64 received, qint64 announced)
{
    return reason(truncatedName,
        { { u"received"_s, double(received) }, { u"announced"_s, double(announced) } });
}

QJsonObject FailureText::tooLarge(qint64 size, qint64 limit)
{
    return reason(tooLargeName, { { u"size"_s, double(size) }, { u"limit"_s, double(limit) } });
}

QJsonObject FailureText::timedOut(qint64 timeoutMs)
{
    return reason(timedOutName, { { u"timeoutMs"_s, double(timeoutMs) } });
}

QJsonObject FailureText::certificateRefused()
{
    return reason(certificateName);
}

QJsonObject FailureText::hostNotResolved(const QString &host)
{
    return reason(hostName, { { u"host"_s, host } });
}

QJsonObject FailureText::insecureRedirect()
{
    return reason(insecureRedirectName);
}

QJsonObject FailureText::transport()
{
    return reason(transportName);
}

QJsonObject FailureText::invalidJson(qint64 offset)
{
    return reason(invalidJsonName, { { u"offset"_s, double(offset) } });
}

QJsonObject FailureText::htmlPage()
{
    return reason(htmlPageName);
}

QJsonObject FailureText::offSchema(const QString &operationId, const QStringList &paths)
{
    return reason(offSchemaName,
        { { u"operation"_s, operationId },
            { u"paths"_s,
                QJsonArray::fromStringList(
                    paths.first(std::min(paths.size(), offSchemaPathsKept))) },
            { u"count"_s, double(paths.size()) } });
}

QString FailureText::reasonName(const QJsonObject &errorData)
{
    return errorData.value(reasonKey).toString();
}

QString FailureText::sentence(const CallRecord &record)
{
    return sentence(record.httpStatus, record.errorData, record.errorText);
}

// The sentences keep the translation contexts they were first written in (HttpExchange and
// FailureClassifier built them when a call ended), so their translations carry over.
QString FailureText::sentence(
    int httpStatus, const QJsonObject &errorData, const QString &errorText)
{
    const QString name = reasonName(errorData);
    if (name == truncatedName)
        return QCoreApplication::translate(
            "xlink::HttpExchange", "The connection closed after %1 of the %2 bytes announced.")
            .arg(number(errorData, "received"_L1))
            .arg(number(errorData, "announced"_L1));
    if (name == tooLargeName) {
        const QLocale locale;
        return QCoreApplication::translate("xlink::HttpExchange",
            "The response (%1) is larger than the limit of %2; the call was stopped.")
            .arg(locale.formattedDataSize(number(errorData, "size"_L1)),
                locale.formattedDataSize(number(errorData, "limit"_L1)));
    }
    if (name == timedOutName)
        return QCoreApplication::translate(
            "xlink::HttpExchange", "No data for %1 ms: the call timed out.")
            .arg(number(errorData, "timeoutMs"_L1));
    if (name == certificateName)
        return QCoreApplication::translate(
            "xlink::HttpExchange", "The server's certificate was refused: %1")
            .arg(errorText);
    if (name == hostName)
        return QCoreApplication::translate(
            "xlink::HttpExchange", "The host name %1 could not be resolved (DNS).")
            .arg(errorData.value("host"_L1).toString());
    if (name == insecureRedirectName)
        return QCoreApplication::translate("xlink::HttpExchange",
            "The server redirected from https to http; the redirect was refused.");
    if (name == invalidJsonName)
        return QCoreApplication::translate(
            "xlink::FailureClassifier", "The body is not valid JSON: %1 (offset %2)")
            .arg(errorText)
            .arg(number(errorData, "offset"_L1));
    if (name == htmlPageName)
        return QCoreApplication::translate("xlink::FailureClassifier",
            "HTTP %1 with an HTML page instead of a platform error: probably a proxy or "
            "load balancer answered")
            .arg(httpStatus);
    if (name == offSchemaName) {
        QStringList paths;
        for (const QJsonValue &path : errorData.value("paths"_L1).toArray())
            paths.append(path.toString());
        const qint64 count = number(errorData, "count"_L1);
        QString where = paths.join(u", "_s);
        if (count > paths.size())
            where = QCoreApplication::translate(
                "xlink::FailureText", "%1 and %n more", "", int(count - paths.size()))
                        .arg(where);
        return QCoreApplication::translate(
            "xlink::FailureText", "The answer does not match the documented response of %1 at %2.")
            .arg(errorData.value("operation"_L1).toString(), where);
    }
    // Qt's own words for a transport failure; or a record older than errorData, or from a
    // newer build with a reason this one does not know: its text as stored.
    return errorText;
}

} // namespace xlink
