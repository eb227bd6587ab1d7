#pragma once

#include <QString>

namespace xlink {

// The two languages the console speaks. The catalogue keeps both texts of everything; the UI
// and CLI pick one as primary.
enum class Language { Chinese, English };

inline QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

inline Language languageFromCode(QStringView code, Language fallback = Language::English)
{
    if (code.startsWith(u"zh", Qt::CaseInsensitive))
        return Language::Chinese;
    if (code.startsWith(u"en", Qt::CaseInsensitive))
        return Language::English;
    return fallback;
}

} // namespace xlink
