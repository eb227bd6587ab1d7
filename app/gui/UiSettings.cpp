#include "UiSettings.h"

#include "util/Translations.h"

#include <QSettings>

namespace xlink {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
} // namespace

std::optional<Language> UiSettings::language()
{
    const QString code = QSettings().value(LanguageKey).toString();
    if (code.isEmpty())
        return std::nullopt;
    return languageFromCode(code);
}

void UiSettings::setLanguage(Language language)
{
    QSettings().setValue(LanguageKey, languageCode(language));
}

Language UiSettings::effectiveLanguage()
{
    return language().value_or(Translations::systemLanguage());
}

QByteArray UiSettings::windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    // Closing the window without moving it is the common case: rewriting (and syncing) the
    // settings file then would only slow down quitting.
    QSettings settings;
    if (settings.value(GeometryKey).toByteArray() != geometry)
        settings.setValue(GeometryKey, geometry);
}

} // namespace xlink
