#include "LogSettings.h"

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

void LogSettings::save(QSettings &settings) const
{
    settings.setValue(QLatin1StringView(bodyCapKey), bodyCapBytes);
    settings.setValue(QLatin1StringView(maxFailuresKey), maxFailures);
    settings.setValue(QLatin1StringView(failureDaysKey), failureDays);
    settings.setValue(QLatin1StringView(maxSuccessesKey), maxSuccesses);
    settings.setValue(QLatin1StringView(successDaysKey), successDays);
}

} // namespace xlink
