#pragma once

#include "catalogue/ErrorCatalogue.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace xlink {

// The one implementation of "look up a code" used by the browser and `xlink-cli lookup`.
//
// A query may be a full code, a code inside noise (`"4031003"`, `code: 4031003`,
// `{"error":{"code":4031003}}`), part of a code (`403`, `1003`), an HTTP status, or text in
// either language. Matches are ranked: exact code, code prefix, code substring, whole word in a
// message, substring of a message, then text found only in a hint; by code within a rank.
class CodeLookup final
{
public:
    enum class Rank { ExactCode, CodePrefix, CodeSubstring, WholeWord, TextSubstring, HintText };

    struct Match
    {
        const CatalogueEntry *entry = nullptr;
        Rank rank = Rank::ExactCode;
    };

    struct Answer
    {
        QList<Match> matches;
        // Set when the query is an HTTP status the catalogue explains, or when it names a code
        // the catalogue does not know but whose class (status) it does.
        const HttpStatusInfo *status = nullptr;
        // A full 7-digit code the query asked for that the catalogue does not hold.
        std::optional<int> unknownCode;
        // For unknownCode: why it is missing, when the numbering says (never published).
        std::optional<LocalizedText> unpublishedNote;
        bool isEmpty() const { return matches.isEmpty() && !status && !unknownCode; }
    };

    explicit CodeLookup(const ErrorCatalogue &catalogue);

    Answer lookup(QStringView query) const;

    // Whether `entry` matches `query` at all, with the rank it gets. Used by the browser's
    // filter model, which filters row by row.
    std::optional<Rank> rankOf(const CatalogueEntry &entry, QStringView query) const;

    // Queries longer than this are cut: no code or message is that long, and it keeps a pasted
    // 10,000-character log line from costing anything.
    static constexpr qsizetype MaxQueryLength = 512;

private:
    struct Prepared;
    Prepared prepare(QStringView query) const;
    std::optional<Rank> rank(const CatalogueEntry &entry, const Prepared &prepared) const;

    const ErrorCatalogue &m_catalogue;
};

} // namespace xlink
