#include "http/SandboxRequest.h"

#include <QUrl>

namespace xlink::sandbox {

QStringList SandboxRequest::splitPath(const QByteArray &encodedPath)
{
    // Split before decoding, so that an encoded slash stays inside its segment.
    QStringList segments;
    const QList<QByteArray> parts = encodedPath.split('/');
    segments.reserve(parts.size());
    for (const QByteArray &part : parts) {
        if (!part.isEmpty())
            segments.append(QUrl::fromPercentEncoding(part));
    }
    return segments;
}

} // namespace xlink::sandbox
