#include "CallSettings.h"

#include "util/SettingsWriter.h"

#include <QSettings>

namespace xlink {

namespace {
constexpr auto timeoutKey = "console/defaultTimeoutMs";
constexpr auto maxResponseKey = "console/maxResponseBytes";
constexpr auto displayLimitKey = "console/displayLimitBytes";
constexpr auto offSchemaKey = "console/recordOffSchemaAnswers";

qint64 positive(const QSettings &settings, const char *key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(QLatin1StringView(key), fallback).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}
} // namespace

CallSettings CallSettings::load(const QSettings &settings)
{
    CallSettings result;
    result.defaultTimeoutMs = int(std::min<qint64>(
        positive(settings, timeoutKey, defaultTimeout), std::numeric_limits<int>::max()));
    result.maxResponseBytes = positive(settings, maxResponseKey, defaultMaxResponse);
    result.displayLimitBytes = positive(settings, displayLimitKey, defaultDisplayLimit);
    result.recordOffSchemaAnswers = settings.value(QLatin1StringView(offSchemaKey), false).toBool();
    return result;
}

CallSettings CallSettings::load()
{
    return load(QSettings());
}

bool CallSettings::save(const QSettings &settings, QString *error) const
{
    return SettingsWriter::write(
        settings,
        [this](QSettings &file) {
            file.setValue(QLatin1StringView(timeoutKey), defaultTimeoutMs);
            file.setValue(QLatin1StringView(maxResponseKey), maxResponseBytes);
            file.setValue(QLatin1StringView(displayLimitKey), displayLimitBytes);
            file.setValue(QLatin1StringView(offSchemaKey), recordOffSchemaAnswers);
        },
        error);
}

} // namespace xlink
