#pragma once

#include <QString>

namespace xlink {

// One way a JSON value fails its schema.
struct SchemaProblem
{
    QString path; // `$.list[0].name`; `$` is the whole value
    QString message; // English, from the validator
    int line = 0; // 1-based line in the checked text, 0 when checking a value without text

    friend bool operator==(const SchemaProblem &, const SchemaProblem &) = default;
};

} // namespace xlink
