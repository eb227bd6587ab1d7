#include "ApiRequest.h"

namespace xlink {

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

void ApiRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it->first.compare(name, Qt::CaseInsensitive) == 0) {
            it->second = value;
            ++it;
            headers.erase(
                std::remove_if(it, headers.end(),
                    [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; }),
                headers.end());
            return;
        }
    }
    headers.append({ name, value });
}

void ApiRequest::removeHeader(QByteArrayView name)
{
    headers.removeIf(
        [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

bool ApiRequest::hasAbsoluteTarget() const
{
    const QString trimmed = target.trimmed();
    return trimmed.startsWith(u"http://", Qt::CaseInsensitive)
        || trimmed.startsWith(u"https://", Qt::CaseInsensitive);
}

QUrl ApiRequest::resolvedUrl(const QUrl &baseUrl) const
{
    const QString trimmed = target.trimmed();
    if (hasAbsoluteTarget())
        return QUrl(trimmed);
    // StripTrailingSlash keeps a path of just "/": "https://host/" + "/v2/corp" would give
    // "//v2/corp". Every trailing slash goes, the root's too.
    QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    while (base.endsWith(u'/'))
        base.chop(1);
    // A base URL may carry a path prefix of its own (a private deployment behind a gateway).
    if (trimmed.isEmpty() || trimmed.startsWith(u'/'))
        return QUrl(base + trimmed);
    return QUrl(base + u'/' + trimmed);
}

} // namespace xlink
