#include "report/ReportText.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace xlink {

QString ReportText::tr(const char *text)
{
    return QCoreApplication::translate("xlink::ReportText", text);
}

QString ReportText::pdfPlan(qint64 total, int limit)
{
    if (total <= limit)
        return {};
    return tr("The PDF holds the summary of all %L1 records and the first %L2 of them; the CSV, "
              "JSON and HAR exports hold every record.")
        .arg(total)
        .arg(std::max(limit, 0));
}

QString ReportText::title()
{
    return tr("XLink failure report");
}

QString ReportText::kindLabel(const QString &kindName)
{
    if (kindName == u"http")
        return tr("HTTP error");
    if (kindName == u"platform")
        return tr("platform error");
    if (kindName == u"network")
        return tr("network error");
    if (kindName == u"dns")
        return tr("host not found");
    if (kindName == u"timeout")
        return tr("timeout");
    if (kindName == u"malformed")
        return tr("malformed body");
    if (kindName == u"success")
        return tr("success");
    if (kindName == u"cancelled")
        return tr("cancelled");
    if (kindName == u"schema")
        return tr("answer off the documented schema");
    return kindName;
}

QString ReportText::statusLabel(int status)
{
    return status > 0 ? QString::number(status) : tr("no answer");
}

QString ReportText::codeLabel(const std::optional<int> &code)
{
    return code ? QString::number(*code) : QStringLiteral("—");
}

QString ReportText::bodyExcerpt(const QByteArray &body, qint64 originalSize, int limit)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QByteArray cut = body.left(limit);
    QString text = decoder.decode(cut);
    const qint64 total = std::max<qint64>(originalSize, body.size());
    if (total > cut.size())
        text += u'\n' + tr("[… %1 of %2 bytes shown]").arg(cut.size()).arg(total);
    return text;
}

QString ReportText::time(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u" UTC";
}

} // namespace xlink
