#include "ErrorBannerText.h"

#include "call/FailureText.h"
#include "call/HeaderLookup.h"
#include "catalogue/EntryFormatter.h"
#include "catalogue/ErrorBodyDecoder.h"
#include "catalogue/ErrorCatalogue.h"
#include "catalogue/ProxyPage.h"
#include "util/Translations.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// Larger JSON bodies are not parsed again for the banner (the call's classification has).
constexpr qsizetype maxDecodedBytes = 256 * 1024;

bool startsLikeJson(const QByteArray &body)
{
    for (const char c : body) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return c == '{' || c == '[';
    }
    return false;
}

} // namespace

QString ErrorBannerText::platformErrorHtml(
    const PlatformError &error, const CallRecord &record, const ErrorCatalogue &catalogue)
{
    const QString code = error.code != 0 ? QString::number(error.code) : error.rawCode;
    QString html = u"<b>"_s + tr("Platform error %1").arg(code.toHtmlEscaped()) + u"</b>"_s;
    if (record.httpStatus > 0)
        html += u" &middot; "_s + tr("HTTP %1").arg(record.httpStatus);
    const CatalogueEntry *entry = error.code != 0 ? catalogue.find(error.code) : nullptr;
    if (entry) {
        html += u"<br>"_s + entry->message.zh.toHtmlEscaped() + u"<br>"_s
            + entry->message.en.toHtmlEscaped();
        const QString server = error.serverMessage.trimmed();
        if (!server.isEmpty() && server != entry->message.zh && server != entry->message.en)
            html += u"<br>"_s + tr("The server said: %1").arg(server.toHtmlEscaped());
        // What to check is what the developer came for: in the interface language, as in the
        // code browser.
        if (entry->hint && !entry->hint->isEmpty())
            html += u"<br><i>"_s + tr("What to check:") + u"</i> "_s
                + EntryFormatter::codeSpansToHtml(entry->hint->in(Translations::current()));
    } else {
        html += u"<br>"_s + tr("This code is not in the catalogue.");
        if (error.code != 0) {
            if (const std::optional<LocalizedText> note = catalogue.unpublishedNote(error.code))
                html += u"<br>"_s + note->zh.toHtmlEscaped() + u"<br>"_s + note->en.toHtmlEscaped();
        }
        if (!error.serverMessage.isEmpty())
            html += u"<br>"_s + tr("The server said: %1").arg(error.serverMessage.toHtmlEscaped());
    }
    if (record.httpStatus >= 200 && record.httpStatus < 300)
        html += u"<br><i>"_s
            + tr("The error object came with HTTP %1: the call failed although the status "
                 "says it succeeded.")
                  .arg(record.httpStatus)
            + u"</i>"_s;
    if (error.codeWasNumber)
        html += u"<br><i>"_s + tr("The code came as a JSON number, not as the documented string.")
            + u"</i>"_s;
    if (error.code != 0)
        html += u"<br><a href=\"%1:%2\">%3</a>"_s.arg(ErrorBannerText::codeScheme)
                    .arg(error.code)
                    .arg(tr("Open %1 in the code browser").arg(error.code));
    return html;
}

QString ErrorBannerText::html(const CallRecord &record, const ErrorCatalogue &catalogue)
{
    // The user stopped it: nothing went wrong, so nothing to explain.
    if (record.kind == CallRecord::Kind::Cancelled)
        return {};
    std::optional<PlatformError> error = record.platformError;
    ErrorBodyDecoder::Result decoded;
    if (record.bodyShape) {
        // Decoded once, by the call's classification.
        decoded.shape = *record.bodyShape;
        if (decoded.shape == ErrorBodyDecoder::Shape::MalformedJson)
            decoded.parseError = record.errorText;
    } else if (record.responseBody.size() <= maxDecodedBytes
        || !startsLikeJson(record.responseBody)) {
        decoded = ErrorBodyDecoder::decode(
            record.responseBody, HeaderLookup::value(record.responseHeaders, "content-type"));
    } else if (record.kind == CallRecord::Kind::Malformed) {
        // Parsing megabytes would hold the GUI thread: the call's classification already did.
        decoded.shape = ErrorBodyDecoder::Shape::MalformedJson;
        decoded.parseError = record.errorText;
    } else {
        decoded.shape = ErrorBodyDecoder::Shape::Json;
    }
    if (!error && decoded.error)
        error = decoded.error;
    if (error)
        return platformErrorHtml(*error, record, catalogue);

    // Said from the record's data in the current language (a language switch says it again).
    const QString failure = FailureText::sentence(record).toHtmlEscaped();
    switch (record.kind) {
    case CallRecord::Kind::HostNotFound:
        return u"<b>"_s + tr("Host not found") + u"</b><br>"_s + failure + u"<br>"_s
            + tr("Check the host name in the URL, and that this computer can resolve names "
                 "(its network and DNS server).");
    case CallRecord::Kind::Network:
    case CallRecord::Kind::Timeout:
        return u"<b>"_s + tr("No usable answer") + u"</b><br>"_s + failure;
    case CallRecord::Kind::OffSchema:
        return u"<b>"_s + tr("Answer off the documented schema") + u"</b><br>"_s + failure;
    default:
        break;
    }
    if (decoded.shape == ErrorBodyDecoder::Shape::Html) {
        QString html = u"<b>"_s + ProxyPage::title(record.httpStatus).toHtmlEscaped()
            + u"</b><br>"_s + ProxyPage::explanation().toHtmlEscaped();
        const std::optional<ProxyPage> page = ProxyPage::find(QString::fromUtf8(
            record.responseBody.first(std::min(record.responseBody.size(), maxDecodedBytes))));
        if (page)
            html += u"<br>"_s + page->summary().toHtmlEscaped();
        return html + u"<br>"_s + tr("The page is shown as text below.");
    }
    if (decoded.shape == ErrorBodyDecoder::Shape::MalformedJson)
        return u"<b>"_s + tr("The body is not valid JSON") + u"</b><br>"_s
            + decoded.parseError.toHtmlEscaped();
    if (record.isFailure()) {
        QString html = u"<b>"_s + tr("HTTP %1").arg(record.httpStatus) + u"</b>"_s;
        if (const HttpStatusInfo *status = catalogue.httpStatus(record.httpStatus))
            html += u" "_s + status->reason.toHtmlEscaped() + u"<br>"_s
                + status->meaning.zh.toHtmlEscaped() + u" / "_s
                + status->meaning.en.toHtmlEscaped();
        if (!failure.isEmpty())
            html += u"<br>"_s + failure;
        return html;
    }
    return {};
}

} // namespace xlink
