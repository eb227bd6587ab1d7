#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace xlink {

namespace {
Language g_current = Language::English;
}

Language Translations::systemLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QList<QTranslator *> &Translations::installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void Translations::install(Language language)
{
    auto *app = QCoreApplication::instance();
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    g_current = language;

    const QLocale locale(language == Language::Chinese ? QLocale::Chinese : QLocale::English,
        language == Language::Chinese ? QLocale::China : QLocale::UnitedStates);
    QLocale::setDefault(locale);

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("xlink"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        installed().append(own);
    else
        delete own;

    // Qt's own strings (standard buttons, context menus) from the system's Qt translations.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed().append(qt);
    else
        delete qt;

    for (QTranslator *translator : std::as_const(installed()))
        QCoreApplication::installTranslator(translator);
}

Language Translations::current()
{
    return g_current;
}

} // namespace xlink
