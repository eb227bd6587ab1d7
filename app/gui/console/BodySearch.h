#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace xlink {

// Finds every occurrence of a term in a response body of any size, as UTF-8 bytes, so Chinese
// terms match as they are; ASCII letters match in either case. Pure and thread-safe: the viewer
// runs it off the GUI thread over the whole body, not only the part on screen.
class BodySearch final
{
public:
    static constexpr qsizetype defaultMaxMatches = 10000;

    struct Match
    {
        qsizetype offset = 0; // byte offset in the body
        qsizetype line = 0; // 1-based
        QString context; // the text around the match, on one line
    };

    struct Result
    {
        QString term;
        qsizetype termBytes = 0;
        QList<Match> matches; // the first maxMatches, in order
        qsizetype total = 0; // all occurrences, also those beyond maxMatches
        bool cancelled = false;
    };

    // `isCancelled` is polled between chunks; when it returns true the search stops early.
    static Result find(const QByteArray &body, const QString &term,
        qsizetype maxMatches = defaultMaxMatches, const std::function<bool()> &isCancelled = {});
};

} // namespace xlink
