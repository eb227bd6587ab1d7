#include "LogDetailHtml.h"

#include "call/EnvironmentNames.h"
#include "catalogue/EntryFormatter.h"
#include "catalogue/ErrorCatalogue.h"
#include "log/FailureLogModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString headersHtml(const HeaderList &headers)
{
    QString lines;
    for (const auto &[name, value] : headers)
        lines += escaped(QString::fromUtf8(name)) + u": "_s + escaped(QString::fromUtf8(value))
            + u'\n';
    return lines;
}

QString bodyHtml(const QByteArray &body, qint64 originalSize)
{
    QString text = QString::fromUtf8(body.left(LogDetailHtml::bodyDisplayBytes));
    QString html = u"<pre>"_s + escaped(text) + u"</pre>"_s;
    const qint64 shown = qMin<qint64>(body.size(), LogDetailHtml::bodyDisplayBytes);
    if (originalSize > shown) {
        html += u"<p><i>"_s
            + LogDetailHtml::tr("Showing %1 of %2 bytes.")
                  .arg(QLocale().toString(shown), QLocale().toString(originalSize))
            + u"</i></p>"_s;
    }
    return html;
}

} // namespace

QString LogDetailHtml::render(
    const StoredCall &stored, const ErrorCatalogue &catalogue, Language language)
{
    const LogEntry &entry = stored.entry;
    const CallRecord &call = stored.call;
    QString html;
    QString title = FailureLogModel::kindText(entry.kind);
    if (entry.code)
        title = QString::number(*entry.code) + u" · "_s + title;
    else if (FailureLogModel::isIncomplete(entry))
        title
            = tr("%1 · HTTP %2 arrived, but not the whole answer").arg(title).arg(entry.httpStatus);
    else if (entry.kind == CallRecord::Kind::Malformed && entry.httpStatus > 0)
        title = tr("Malformed body in an HTTP %1 answer").arg(entry.httpStatus);
    else if (entry.httpStatus > 0)
        title = u"HTTP "_s + QString::number(entry.httpStatus) + u" · "_s + title;
    html += u"<h3>"_s + escaped(title) + u"</h3>"_s;

    const QString first = language == Language::Chinese ? entry.zh : entry.en;
    const QString second = language == Language::Chinese ? entry.en : entry.zh;
    if (!first.isEmpty())
        html += u"<p><b>"_s + escaped(first) + u"</b></p>"_s;
    if (!second.isEmpty() && second != first)
        html += u"<p>"_s + escaped(second) + u"</p>"_s;
    if (!entry.serverMessage.isEmpty())
        html += u"<p>"_s + tr("Server message: %1").arg(escaped(entry.serverMessage)) + u"</p>"_s;
    if (const QString failure = entry.failureText(); !failure.isEmpty())
        html += u"<p>"_s + tr("Error: %1").arg(escaped(failure)) + u"</p>"_s;
    if (entry.code) {
        if (const CatalogueEntry *known = catalogue.find(*entry.code); known && known->hint) {
            html += u"<p><i>"_s + tr("Hint:") + u"</i> "_s
                + EntryFormatter::codeSpansToHtml(known->hint->in(language)) + u"</p>"_s;
        }
    }

    html += u"<p>"_s
        + tr("%1 · %2 · %3 ms")
              // As the table shows it, whatever the locale.
              .arg(escaped(entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)),
                  escaped(EnvironmentNames::shown(entry.environment)),
                  QString::number(entry.durationMs))
        + u"</p>"_s;
    if (!entry.sender.isEmpty())
        html += u"<p>"_s + tr("Sent to the team log by %1").arg(escaped(entry.sender)) + u"</p>"_s;

    html += u"<h4>"_s + tr("Request") + u"</h4>"_s;
    html += u"<pre>"_s + escaped(QString::fromLatin1(entry.method)) + u' ' + escaped(entry.url)
        + u'\n' + headersHtml(call.requestHeaders) + u"</pre>"_s;
    if (!call.requestBody.isEmpty())
        html += bodyHtml(call.requestBody, entry.requestSize);

    html += u"<h4>"_s + tr("Response") + u"</h4>"_s;
    if (entry.httpStatus > 0) {
        const QString status = FailureLogModel::isIncomplete(entry)
            ? tr("HTTP %1 (incomplete)").arg(entry.httpStatus)
            : tr("HTTP %1").arg(entry.httpStatus);
        html += u"<pre>"_s + status + u'\n' + headersHtml(call.responseHeaders) + u"</pre>"_s;
        if (!call.responseBody.isEmpty())
            html += bodyHtml(call.responseBody, entry.responseSize);
    } else {
        html += u"<p>"_s + tr("No HTTP answer.") + u"</p>"_s;
    }
    return html;
}

} // namespace xlink
