#include "EndpointTemplate.h"

namespace xlink {

namespace {
bool isIdSegment(QStringView segment)
{
    if (segment.isEmpty())
        return false;
    bool allDigits = true;
    bool allHex = true;
    for (const QChar c : segment) {
        const char16_t u = c.unicode();
        const bool digit = u >= u'0' && u <= u'9';
        allDigits = allDigits && digit;
        allHex = allHex && (digit || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F'));
    }
    // Platform ids: integers (devices, users), 16-hex corp ids, 32-hex product ids.
    return allDigits || (allHex && segment.size() >= 16);
}
} // namespace

QString EndpointTemplate::ofPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("/");
    // One pass over the segments, copying only when one is folded: this runs for every call
    // the log stores.
    QString folded;
    qsizetype copiedUpTo = 0;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf(u'/', start);
        if (end < 0)
            end = path.size();
        if (isIdSegment(QStringView(path).sliced(start, end - start))) {
            if (folded.isNull())
                folded.reserve(path.size() + 8);
            folded += QStringView(path).sliced(copiedUpTo, start - copiedUpTo);
            folded += u"{id}";
            copiedUpTo = end;
        }
        start = end + 1;
    }
    if (folded.isNull())
        return path;
    folded += QStringView(path).sliced(copiedUpTo);
    return folded;
}

QString EndpointTemplate::of(const QUrl &url)
{
    return ofPath(url.path(QUrl::FullyDecoded));
}

QString EndpointTemplate::target(const QUrl &url)
{
    return target(url, url.path(QUrl::FullyDecoded));
}

QString EndpointTemplate::target(const QUrl &url, const QString &decodedPath)
{
    return url.hasQuery() ? decodedPath + u'?' + url.query(QUrl::FullyDecoded) : decodedPath;
}

} // namespace xlink
