#include "ChainReference.h"

#include "HttpFileParser.h"

namespace xlink {

std::optional<ChainReference> ChainReference::parse(QStringView expression)
{
    qsizetype nameEnd = 0;
    while (nameEnd < expression.size() && expression.at(nameEnd) != u'.'
        && expression.at(nameEnd) != u'[')
        ++nameEnd;
    const QStringView name = expression.left(nameEnd);
    if (!HttpFileParser::isRequestName(name))
        return std::nullopt;
    ChainReference reference;
    reference.name = name.toString();
    const QStringView rest = expression.mid(nameEnd);
    if (rest.startsWith(u".response.") || rest.startsWith(u".request.") || rest == u".response"
        || rest == u".request") {
        reference.isRestClientForm = true;
        if (rest.startsWith(u".response.body")) {
            const QStringView path = rest.mid(qsizetype(sizeof(".response.body") - 1));
            if (path.isEmpty() || path == u".*") {
                reference.part = Part::WholeBody;
                return reference;
            }
            if (!path.startsWith(u'.'))
                return std::nullopt;
            const auto segments
                = JsonPath::parse(path.mid(1).startsWith(u'$') ? path.mid(1) : path);
            if (!segments)
                return std::nullopt;
            reference.path = *segments;
            return reference;
        }
        if (rest.startsWith(u".response.headers.") && rest.size() > 18) {
            reference.part = Part::Header;
            reference.header = rest.mid(18).toString();
            return reference;
        }
        reference.part = Part::Unsupported;
        return reference;
    }
    const auto segments = JsonPath::parse(rest);
    if (!segments)
        return std::nullopt;
    reference.path = *segments;
    return reference;
}

} // namespace xlink
