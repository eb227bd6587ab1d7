#include "BodySearch.h"

#include <QByteArrayMatcher>

#include <algorithm>

namespace xlink {

namespace {

constexpr qsizetype chunkBytes = 4 * 1024 * 1024;
constexpr qsizetype contextBytes = 60;

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isContinuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

QString contextAround(const QByteArray &body, qsizetype offset, qsizetype length)
{
    qsizetype from = std::max<qsizetype>(0, offset - contextBytes);
    qsizetype to = std::min(body.size(), offset + length + contextBytes);
    // Stay on the match's line and on whole characters.
    const qsizetype lineStart = body.lastIndexOf('\n', offset - 1);
    if (lineStart >= from)
        from = lineStart + 1;
    const qsizetype lineEnd = body.indexOf('\n', offset + length);
    if (lineEnd >= 0 && lineEnd < to)
        to = lineEnd;
    while (from < offset && isContinuation(body.at(from)))
        ++from;
    while (to < body.size() && to > offset + length && isContinuation(body.at(to)))
        --to;
    QString text = QString::fromUtf8(body.constData() + from, to - from);
    text.replace(u'\t', u' ');
    text.remove(u'\r');
    return text;
}

} // namespace

BodySearch::Result BodySearch::find(const QByteArray &body, const QString &term,
    qsizetype maxMatches, const std::function<bool()> &isCancelled)
{
    Result result;
    result.term = term;
    QByteArray needle = term.toUtf8();
    result.termBytes = needle.size();
    if (needle.isEmpty())
        return result;
    std::transform(needle.begin(), needle.end(), needle.begin(), asciiLower);
    const QByteArrayMatcher matcher(needle);

    // Lower-case the body a chunk at a time (ASCII only, so offsets stay the same); chunks
    // overlap by the needle's length so a match across a border is found once.
    QByteArray chunk;
    qsizetype line = 1;
    qsizetype counted = 0; // line ends before this offset are in `line`
    for (qsizetype start = 0; start < body.size(); start += chunkBytes) {
        if (isCancelled && isCancelled()) {
            result.cancelled = true;
            return result;
        }
        const qsizetype end = std::min(body.size(), start + chunkBytes + needle.size() - 1);
        chunk = body.sliced(start, end - start);
        std::transform(chunk.begin(), chunk.end(), chunk.begin(), asciiLower);
        qsizetype at = matcher.indexIn(chunk);
        while (at >= 0 && at < chunkBytes) {
            const qsizetype offset = start + at;
            ++result.total;
            if (result.matches.size() < maxMatches) {
                line += std::count(body.constData() + counted, body.constData() + offset, '\n');
                counted = offset;
                result.matches.append({ offset, line, contextAround(body, offset, needle.size()) });
            }
            at = matcher.indexIn(chunk, at + needle.size());
        }
    }
    return result;
}

} // namespace xlink
