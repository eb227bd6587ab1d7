#include "CollectionRequest.h"

#include "call/SecretNames.h"

using namespace Qt::StringLiterals;

namespace xlink {

namespace {
const QString BaseUrl = u"{{baseUrl}}"_s;
} // namespace

HttpRegion CollectionRequest::toRegion(
    const ApiRequest &request, const QString &name, QStringList *dropped)
{
    HttpRegion region;
    region.name = name;
    region.method = QString::fromLatin1(request.method).toUpper();
    if (request.hasAbsoluteTarget() || request.target.startsWith(u"{{"))
        region.url = request.target;
    else
        region.url
            = BaseUrl + (request.target.startsWith(u'/') ? QString() : u"/"_s) + request.target;
    for (const auto &[headerName, value] : request.headers) {
        const QString headerText = QString::fromLatin1(headerName);
        const QString valueText = QString::fromUtf8(value);
        if (SecretNames::isSecretHeader(headerText) && !valueText.contains(u"{{")) {
            if (dropped)
                dropped->append(headerText);
            continue;
        }
        region.headers.append({ headerText, valueText });
    }
    region.body = QString::fromUtf8(request.body);
    // The console sends a body as JSON; written out, so that other tools (httpyac) do too.
    if (!region.body.isEmpty() && region.header(u"Content-Type").isNull())
        region.headers.append({ u"Content-Type"_s, u"application/json"_s });
    return region;
}

ApiRequest CollectionRequest::toApiRequest(const HttpRegion &region)
{
    ApiRequest request;
    request.method = region.method.toLatin1();
    request.target = region.url;
    if (request.target.startsWith(BaseUrl)) {
        request.target = request.target.mid(BaseUrl.size());
        if (!request.target.startsWith(u'/'))
            request.target.prepend(u'/');
    }
    for (const HttpHeader &header : region.headers)
        request.headers.append({ header.name.toLatin1(), header.value.toUtf8() });
    request.body = region.body.toUtf8();
    return request;
}

} // namespace xlink
