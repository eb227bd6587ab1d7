#include "QueryParameters.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// Where the query begins and ends in `target`: [begin, end), begin after the '?'.
std::pair<qsizetype, qsizetype> queryRange(const QString &target)
{
    const qsizetype fragment = target.indexOf(u'#');
    const qsizetype end = fragment < 0 ? target.size() : fragment;
    const qsizetype question = target.left(end).indexOf(u'?');
    return { question < 0 ? -1 : question + 1, end };
}

QString decode(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

} // namespace

QList<QueryParameters::Pair> QueryParameters::parse(const QString &target)
{
    const auto [begin, end] = queryRange(target);
    QList<Pair> pairs;
    if (begin < 0)
        return pairs;
    const QStringView query = QStringView(target).sliced(begin, end - begin);
    for (const QStringView segment : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = segment.indexOf(u'=');
        if (equals < 0)
            pairs.append({ decode(segment), QString() });
        else
            pairs.append({ decode(segment.left(equals)), decode(segment.sliced(equals + 1)) });
    }
    return pairs;
}

QString QueryParameters::encode(const QString &text)
{
    // Unreserved characters, and the sub-delimiters that do not end a name or value, stay
    // readable; so do braces, so "{pid}" still names a placeholder. '+' is encoded: many
    // servers read it as a space.
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "!$'()*,;:@/?{}"));
}

QString QueryParameters::withQuery(const QString &target, const QList<Pair> &pairs)
{
    const auto [begin, end] = queryRange(target);
    const QString path = begin < 0 ? target.left(end) : target.left(begin - 1);
    const QString fragment = target.sliced(end);
    QStringList segments;
    for (const auto &[name, value] : pairs) {
        if (name.isEmpty())
            continue;
        segments.append(encode(name) + u'=' + encode(value));
    }
    if (segments.isEmpty())
        return path + fragment;
    return path + u'?' + segments.join(u'&') + fragment;
}

} // namespace xlink
