#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace xlink {

// The names of the two built-in environments, and how records carry them. A built-in's name
// is translated wherever it is shown, so a record stores its language-independent form (the
// English source text, "Local sandbox") and is shown in the current language: records made in
// Chinese and in English then name the same environment, and filter and group as one.
// Records written before this rule carry the Chinese name of the time; they are recognised
// too (legacyNames).
class EnvironmentNames final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::EnvironmentNames)

public:
    static constexpr QStringView sandboxId = u"builtin-sandbox";
    static constexpr QStringView productionId = u"builtin-production";

    // A built-in's name in the current interface language; empty for other ids.
    static QString builtInName(QStringView id);
    // What a record stores for an environment: the language-independent name for a built-in,
    // the user's name otherwise.
    static QString recorded(QStringView id, const QString &name);
    // The built-in a recorded (or typed) name stands for, in any language and any case; empty
    // when it names no built-in.
    static QString builtInIdOf(const QString &name);
    // A recorded name as shown: built-ins in the current language, others unchanged.
    static QString shown(const QString &recorded);
    // A recorded name in its language-independent form (for JSON and other machine output).
    static QString canonical(const QString &recorded);
    // Every form a record may carry for the environment `name` stands for (for filters).
    static QStringList recordedForms(const QString &name);
};

} // namespace xlink
