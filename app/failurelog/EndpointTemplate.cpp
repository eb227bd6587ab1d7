#include "EndpointTemplate.h"

#include <QStringList>

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
    QStringList segments = path.split(u'/');
    for (QString &segment : segments) {
        if (isIdSegment(segment))
            segment = QStringLiteral("{id}");
    }
    const QString joined = segments.join(u'/');
    return joined.isEmpty() ? QStringLiteral("/") : joined;
}

QString EndpointTemplate::of(const QUrl &url)
{
    return ofPath(url.path(QUrl::FullyDecoded));
}

QString EndpointTemplate::target(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    return url.hasQuery() ? path + u'?' + url.query(QUrl::FullyDecoded) : path;
}

} // namespace xlink
