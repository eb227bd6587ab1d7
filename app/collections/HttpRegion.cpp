#include "HttpRegion.h"

#include <algorithm>

namespace xlink {

QString HttpRegion::header(QStringView headerName) const
{
    for (const HttpHeader &h : headers) {
        if (QStringView(h.name).compare(headerName, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

bool HttpRegion::sameContent(const HttpRegion &other) const
{
    const auto sameVariables = [](const QList<FileVariable> &a, const QList<FileVariable> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
            [](const FileVariable &x, const FileVariable &y) {
                return x.name == y.name && x.value == y.value;
            });
    };
    const auto sameAssertions = [](const QList<AssertionLine> &a, const QList<AssertionLine> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
            [](const AssertionLine &x, const AssertionLine &y) { return x.text == y.text; });
    };
    return title == other.title && hasSeparator == other.hasSeparator && name == other.name
        && directives == other.directives && comments == other.comments
        && sameVariables(variables, other.variables) && method == other.method && url == other.url
        && httpVersion == other.httpVersion && headers == other.headers && body == other.body
        && sameAssertions(assertions, other.assertions) && scripts == other.scripts
        && responseScripts == other.responseScripts;
}

} // namespace xlink
