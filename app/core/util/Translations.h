#pragma once

#include "util/Language.h"

#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace xlink {

// Loads the console's translations (compiled into the binary under :/i18n) and Qt's own, and
// swaps them at runtime when the user picks another language.
class Translations final
{
public:
    // The language to use when the user has not chosen one: the system locale's if it is
    // Chinese, English otherwise.
    static Language systemLanguage(const QLocale &locale = QLocale::system());

    // Installs the translators for `language` on the application, removing the previous ones.
    // Installing sends QEvent::LanguageChange to every widget, so open windows retranslate.
    static void install(Language language);
    static Language current();

private:
    static QList<QTranslator *> &installed();
};

} // namespace xlink
