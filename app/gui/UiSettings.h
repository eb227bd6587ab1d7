#pragma once

#include "util/Language.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace xlink {

// What the console remembers between runs about its own window (QSettings): the language the
// user picked and the window's geometry. Nothing secret is ever stored here.
class UiSettings final
{
public:
    // The language the user chose from the menu; nullopt until they choose one.
    static std::optional<Language> language();
    // False with `error` set when the settings file could not be written (SettingsWriter).
    static bool setLanguage(Language language, QString *error);
    // The chosen language, or the system's on first run.
    static Language effectiveLanguage();

    static QByteArray windowGeometry();
    // At quit: a failure to save it is only logged, nobody is left to tell.
    static void setWindowGeometry(const QByteArray &geometry);
};

} // namespace xlink
