#include "call/EnvironmentNames.h"

#include <array>

namespace xlink {

namespace {

struct BuiltIn
{
    QStringView id;
    const char *source; // the untranslated name, stored in records
    // Names records carried before they stored the untranslated one: the Chinese translation
    // of the time. Fixed: later changes to the translation do not change what old records say.
    QStringView legacyName;
};

const std::array<BuiltIn, 2> &builtIns()
{
    static const std::array<BuiltIn, 2> list { {
        { EnvironmentNames::sandboxId,
            QT_TRANSLATE_NOOP("xlink::EnvironmentNames", "Local sandbox"), u"本地沙箱" },
        { EnvironmentNames::productionId,
            QT_TRANSLATE_NOOP("xlink::EnvironmentNames", "XLink production"), u"云智易生产环境" },
    } };
    return list;
}

QString translated(const BuiltIn &builtIn)
{
    return QCoreApplication::translate("xlink::EnvironmentNames", builtIn.source);
}

const BuiltIn *findById(QStringView id)
{
    for (const BuiltIn &builtIn : builtIns()) {
        if (builtIn.id == id)
            return &builtIn;
    }
    return nullptr;
}

const BuiltIn *findByName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return nullptr;
    for (const BuiltIn &builtIn : builtIns()) {
        if (trimmed.compare(QLatin1StringView(builtIn.source), Qt::CaseInsensitive) == 0
            || trimmed.compare(builtIn.legacyName, Qt::CaseInsensitive) == 0
            || trimmed.compare(translated(builtIn), Qt::CaseInsensitive) == 0)
            return &builtIn;
    }
    return nullptr;
}

} // namespace

QString EnvironmentNames::builtInName(QStringView id)
{
    const BuiltIn *builtIn = findById(id);
    return builtIn ? translated(*builtIn) : QString();
}

QString EnvironmentNames::recorded(QStringView id, const QString &name)
{
    const BuiltIn *builtIn = findById(id);
    return builtIn ? QString::fromLatin1(builtIn->source) : name;
}

QString EnvironmentNames::builtInIdOf(const QString &name)
{
    const BuiltIn *builtIn = findByName(name);
    return builtIn ? builtIn->id.toString() : QString();
}

QString EnvironmentNames::shown(const QString &recorded)
{
    const BuiltIn *builtIn = findByName(recorded);
    return builtIn ? translated(*builtIn) : recorded;
}

QString EnvironmentNames::canonical(const QString &recorded)
{
    const BuiltIn *builtIn = findByName(recorded);
    return builtIn ? QString::fromLatin1(builtIn->source) : recorded;
}

QStringList EnvironmentNames::recordedForms(const QString &name)
{
    const BuiltIn *builtIn = findByName(name);
    if (!builtIn)
        return { name };
    return { QString::fromLatin1(builtIn->source), builtIn->legacyName.toString() };
}

} // namespace xlink
