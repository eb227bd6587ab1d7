#include "catalogue/CodeLookup.h"

#include <algorithm>

namespace xlink {

struct CodeLookup::Prepared
{
    bool codeMode = false;
    QString digits; // code mode: the digits to match against codes
    std::optional<int> fullCode; // code mode: a complete 7-digit code
    QStringView text; // text mode: the trimmed query
};

namespace {

struct DigitRun
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// Finds the digit runs of `query` in one pass; stops early once it has seen a 7-digit run,
// since that is the code the user asked for whatever else surrounds it.
QList<DigitRun> digitRuns(QStringView query, bool *hasLetters, std::optional<DigitRun> *sevenDigit)
{
    QList<DigitRun> runs;
    *hasLetters = false;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        const QChar c = query.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            const qsizetype start = i;
            while (i < n && query.at(i).isDigit() && query.at(i).unicode() < 128)
                ++i;
            const DigitRun run { start, i - start };
            if (run.length == 7 && !sevenDigit->has_value())
                *sevenDigit = run;
            if (runs.size() < 8)
                runs.append(run);
            continue;
        }
        if (c.isLetter())
            *hasLetters = true;
        ++i;
    }
    return runs;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// 0 = no match, 1 = substring, 2 = whole word.
int textMatch(QStringView haystack, QStringView needle)
{
    if (needle.isEmpty() || haystack.size() < needle.size())
        return 0;
    int best = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        best = 1;
        const bool startOk
            = at == 0 || !isWordChar(haystack.at(at - 1)) || !isWordChar(needle.front());
        const qsizetype end = at + needle.size();
        const bool endOk
            = end == haystack.size() || !isWordChar(haystack.at(end)) || !isWordChar(needle.back());
        if (startOk && endOk)
            return 2;
        from = at + 1;
    }
    return best;
}

} // namespace

CodeLookup::CodeLookup(const ErrorCatalogue &catalogue)
    : m_catalogue(catalogue)
{ }

CodeLookup::Prepared CodeLookup::prepare(QStringView query) const
{
    Prepared prepared;
    bool hasLetters = false;
    std::optional<DigitRun> seven;
    const QList<DigitRun> runs = digitRuns(query, &hasLetters, &seven);
    if (seven) {
        prepared.codeMode = true;
        prepared.digits = query.mid(seven->start, seven->length).toString();
        prepared.fullCode = prepared.digits.toInt();
        return prepared;
    }
    if (!hasLetters && runs.size() == 1) {
        prepared.codeMode = true;
        prepared.digits = query.mid(runs.first().start, runs.first().length).toString();
        return prepared;
    }
    prepared.text = query.trimmed();
    if (prepared.text.size() > MaxQueryLength)
        prepared.text = prepared.text.first(MaxQueryLength);
    return prepared;
}

std::optional<CodeLookup::Rank> CodeLookup::rank(
    const CatalogueEntry &entry, const Prepared &prepared) const
{
    if (prepared.codeMode) {
        const QString code = QString::number(entry.code);
        if (code == prepared.digits)
            return Rank::ExactCode;
        if (code.startsWith(prepared.digits))
            return Rank::CodePrefix;
        if (code.contains(prepared.digits))
            return Rank::CodeSubstring;
        return std::nullopt;
    }
    if (prepared.text.isEmpty())
        return Rank::ExactCode; // empty query: everything, in code order
    int best = std::max(
        textMatch(entry.message.zh, prepared.text), textMatch(entry.message.en, prepared.text));
    for (const CatalogueVariant &variant : entry.variants) {
        if (best == 2)
            break;
        best = std::max({ best, textMatch(variant.text.zh, prepared.text),
            textMatch(variant.text.en, prepared.text) });
    }
    if (best == 2)
        return Rank::WholeWord;
    if (best == 1)
        return Rank::TextSubstring;
    if (entry.hint
        && (textMatch(entry.hint->zh, prepared.text) || textMatch(entry.hint->en, prepared.text)))
        return Rank::HintText;
    return std::nullopt;
}

std::optional<CodeLookup::Rank> CodeLookup::rankOf(
    const CatalogueEntry &entry, QStringView query) const
{
    return rank(entry, prepare(query));
}

CodeLookup::Answer CodeLookup::lookup(QStringView query) const
{
    Answer answer;
    const Prepared prepared = prepare(query);
    for (const CatalogueEntry &entry : m_catalogue.entries()) {
        if (const auto r = rank(entry, prepared))
            answer.matches.append({ &entry, *r });
    }
    std::stable_sort(answer.matches.begin(), answer.matches.end(),
        [](const Match &a, const Match &b) { return a.rank < b.rank; });

    if (prepared.codeMode) {
        if (prepared.fullCode) {
            if (!m_catalogue.find(*prepared.fullCode)) {
                answer.unknownCode = prepared.fullCode;
                answer.status
                    = m_catalogue.httpStatus(ErrorCatalogue::statusOfCode(*prepared.fullCode));
                answer.unpublishedNote = m_catalogue.unpublishedNote(*prepared.fullCode);
            }
        } else if (prepared.digits.size() == 3) {
            answer.status = m_catalogue.httpStatus(prepared.digits.toInt());
        }
    }
    return answer;
}

} // namespace xlink
