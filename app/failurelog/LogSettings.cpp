#include "LogSettings.h"

#include "util/SettingsWriter.h"

#include <QSettings>

namespace xlink {

namespace {
constexpr auto bodyCapKey = "failureLog/bodyCapBytes";
constexpr auto maxFailuresKey = "failureLog/maxFailures";
constexpr auto failureDaysKey = "failureLog/failureDays";
constexpr auto maxSuccessesKey = "failureLog/maxSuccesses";
constexpr auto successDaysKey = "failureLog/successDays";
} // namespace

LogSettings LogSettings::load(const QSettings &settings)
{
    const LogSettings defaults;
    LogSettings result;
    auto number = [&](const char *key, qint64 fallback) {
        bool ok = false;
        const qint64 value = settings.value(QLatin1StringView(key), fallback).toLongLong(&ok);
        return ok && value >= 0 ? value : fallback;
    };
    result.bodyCapBytes = number(bodyCapKey, defaults.bodyCapBytes);
    result.maxFailures = number(maxFailuresKey, defaults.maxFailures);
    result.failureDays = int(number(failureDaysKey, defaults.failureDays));
    result.maxSuccesses = number(maxSuccessesKey, defaults.maxSuccesses);
    result.successDays = int(number(successDaysKey, defaults.successDays));
    return result;
}

LogSettings LogSettings::load()
{
    return load(QSettings());
}

bool LogSettings::save(const QSettings &settings, QString *error) const
{
    return SettingsWriter::write(
        settings,
        [this](QSettings &file) {
            file.setValue(QLatin1StringView(bodyCapKey), bodyCapBytes);
            file.setValue(QLatin1StringView(maxFailuresKey), maxFailures);
            file.setValue(QLatin1StringView(failureDaysKey), failureDays);
            file.setValue(QLatin1StringView(maxSuccessesKey), maxSuccesses);
            file.setValue(QLatin1StringView(successDaysKey), successDays);
        },
        error);
}

} // namespace xlink
