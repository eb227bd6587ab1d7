#include "catalogue/ProxyPage.h"

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// Longer text between the tags is not a status line.
constexpr qsizetype maxElementText = 200;

// The text of the first <tag ...>...</tag> at or after `from`, or nullopt.
std::optional<QStringView> elementText(QStringView text, QStringView tag, qsizetype from = 0)
{
    const QString open = u"<" + tag.toString();
    qsizetype start = text.indexOf(open, from, Qt::CaseInsensitive);
    while (start >= 0) {
        const qsizetype afterName = start + open.size();
        // <title> or <title lang="en">, not <titles>.
        if (afterName < text.size() && (text[afterName] == u'>' || text[afterName].isSpace()))
            break;
        start = text.indexOf(open, afterName, Qt::CaseInsensitive);
    }
    if (start < 0)
        return std::nullopt;
    const qsizetype contentStart = text.indexOf(u'>', start);
    if (contentStart < 0)
        return std::nullopt;
    const QString close = u"</" + tag.toString();
    const qsizetype end = text.indexOf(close, contentStart, Qt::CaseInsensitive);
    if (end < 0 || end - contentStart - 1 > maxElementText)
        return std::nullopt;
    return text.sliced(contentStart + 1, end - contentStart - 1).trimmed();
}

// "502 Bad Gateway" -> 502 and "Bad Gateway"; an error status only.
bool parseStatusLine(QStringView line, ProxyPage *page)
{
    if (line.size() < 3 || !line[0].isDigit() || !line[1].isDigit() || !line[2].isDigit())
        return false;
    if (line.size() > 3 && line[3].isLetterOrNumber())
        return false;
    const int status = line.first(3).toInt();
    if (status < 400 || status > 599)
        return false;
    page->status = status;
    page->reason = line.sliced(3).trimmed().toString();
    return true;
}

} // namespace

std::optional<ProxyPage> ProxyPage::find(QStringView text)
{
    ProxyPage page;
    const std::optional<QStringView> title = elementText(text, u"title");
    if (!title || !parseStatusLine(*title, &page)) {
        const std::optional<QStringView> heading = elementText(text, u"h1");
        if (!heading || !parseStatusLine(*heading, &page))
            return std::nullopt;
    }
    // nginx and its kin sign below a rule: <hr><center>nginx/1.24.0</center>; Apache in an
    // <address>.
    const qsizetype rule = text.indexOf(u"<hr"_s, 0, Qt::CaseInsensitive);
    std::optional<QStringView> signature;
    if (rule >= 0)
        signature = elementText(text, u"center", rule);
    if (!signature)
        signature = elementText(text, u"address");
    if (signature && !signature->isEmpty() && !signature->contains(u'<'))
        page.server = signature->toString();
    return page;
}

QString ProxyPage::title(int status)
{
    // The banner's heading since the console first explained such pages: its translations
    // carry over.
    return QCoreApplication::translate(
        "xlink::ErrorBannerText", "HTTP %1: an HTML page, not the platform's JSON")
        .arg(status);
}

QString ProxyPage::explanation()
{
    return tr("A proxy, gateway or load balancer between you and the platform probably answered "
              "instead of the platform, so there is no platform error code to look up. Check "
              "that the base URL points at the platform's API, then whether the proxy or the "
              "platform behind it is down or overloaded.");
}

QString ProxyPage::summary() const
{
    const QString line
        = reason.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + reason;
    if (server.isEmpty())
        return tr("The page says “%1”.").arg(line);
    return tr("The page says “%1” and is signed “%2”.").arg(line, server);
}

} // namespace xlink
