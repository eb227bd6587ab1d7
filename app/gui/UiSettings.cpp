#include "UiSettings.h"

#include "util/SettingsWriter.h"
#include "util/Translations.h"

#include <QDebug>
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

bool UiSettings::setLanguage(Language language, QString *error)
{
    return SettingsWriter::write(
        QSettings(),
        [language](QSettings &settings) { settings.setValue(LanguageKey, languageCode(language)); },
        error);
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
    const QSettings settings;
    if (settings.value(GeometryKey).toByteArray() == geometry)
        return;
    QString error;
    if (!SettingsWriter::write(
            settings, [&geometry](QSettings &file) { file.setValue(GeometryKey, geometry); },
            &error))
        qWarning().noquote() << error;
}

} // namespace xlink
