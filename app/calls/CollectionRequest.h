#pragma once

#include "ApiRequest.h"
#include "HttpRegion.h"

#include <QStringList>

namespace xlink {

// A request of the console (ApiRequest) and a request of a .http file (HttpRegion), one into
// the other, for the Collections sidebar: a request opened from a file into the composer, and
// the composer's request (or a call of the history) saved into a file.
class CollectionRequest final
{
public:
    // The region of `request` named `name`: a target below the environment's base URL becomes
    // `{{baseUrl}}/path`, so the file runs against any environment. Headers that carry a
    // credential written out (a token, a password) are left out and named in `dropped`: the
    // session adds its own token when the request runs, and a secret never goes into a file;
    // one whose value is a placeholder (`{{login.token}}`) is kept.
    static HttpRegion toRegion(
        const ApiRequest &request, const QString &name, QStringList *dropped = nullptr);
    // The request of `region` as written, placeholders kept: `{{baseUrl}}/path` becomes the
    // path below the current environment's base URL.
    static ApiRequest toApiRequest(const HttpRegion &region);
};

} // namespace xlink
