#pragma once

#include "util/Language.h"

#include <QString>

namespace xlink {

// A text the catalogue holds in both languages.
struct LocalizedText
{
    QString zh;
    QString en;

    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    // The text in `language`, falling back to the other one when it is missing.
    QString in(Language language) const
    {
        const QString &preferred = language == Language::Chinese ? zh : en;
        return preferred.isEmpty() ? (language == Language::Chinese ? en : zh) : preferred;
    }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace xlink
