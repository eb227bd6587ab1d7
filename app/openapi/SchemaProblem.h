#pragma once

#include <QString>

namespace xlink {

// One way a JSON value fails its schema.
struct SchemaProblem
{
    // What is wrong, so that it can be said in the interface language (text()); `message`
    // keeps the validator's own English words.
    enum class Kind {
        Other,
        InvalidJson, // detail: the parser's reason
        MissingBody, // the call needs a body and has none
        WrongType, // detail: the expected type(s), e.g. "string" or "integer or null"
        NotInteger,
        MissingField, // detail: the missing member's name; path: the object that lacks it
        UnknownField, // detail: the member's name; path: the member itself
        NotInEnum, // detail: the allowed values, comma-separated
        TooShort, // detail: the least number of characters
        TooLong, // detail: the most characters
        BelowMinimum, // detail: the limit, with its comparison (">= 1", "> 0")
        AboveMaximum, // detail: the limit, with its comparison ("<= 100")
        PatternMismatch, // detail: the pattern
        BadFormat, // detail: the format (date-time)
        TooFewItems, // detail: the least number of items
        TooManyItems, // detail: the most items
        NoAlternativeFits, // none of the shapes a oneOf/anyOf allows
    };

    QString path; // `$.list[0].name`; `$` is the whole value
    QString message; // English, from the validator
    int line = 0; // 1-based line in the checked text, 0 when checking a value without text
    Kind kind = Kind::Other;
    QString detail;

    // The problem in the current language, without the path: "should be a string".
    QString text() const;

    friend bool operator==(const SchemaProblem &, const SchemaProblem &) = default;
};

} // namespace xlink
