#pragma once

#include <QString>
#include <QtGlobal>

class QSettings;

namespace xlink {

// The limits every call works within (the console's, the CLI's and the runner's), kept in
// QSettings: the timeout of environments that do not set their own, the largest response
// accepted, and how much of a body is shown before the rest is asked for. Out-of-range stored
// values fall back to the defaults, which are the one place the product's default limits are
// set (HttpExchange, ApiClient and Environment take theirs from here).
struct CallSettings
{
    static constexpr int defaultTimeout = 30'000;
    static constexpr qint64 defaultMaxResponse = 200LL * 1024 * 1024;
    static constexpr qint64 defaultDisplayLimit = 2LL * 1024 * 1024;

    int defaultTimeoutMs = defaultTimeout;
    qint64 maxResponseBytes = defaultMaxResponse;
    qint64 displayLimitBytes = defaultDisplayLimit;
    // A success answer of a documented call that does not match its response schema is kept
    // in the failure log as a failure of its own kind (CallRecord::Kind::OffSchema).
    bool recordOffSchemaAnswers = false;

    static CallSettings load(const QSettings &settings);
    static CallSettings load(); // from the application's settings
    // False with `error` set when the settings file could not be written (SettingsWriter).
    bool save(const QSettings &settings, QString *error = nullptr) const;
    friend bool operator==(const CallSettings &, const CallSettings &) = default;
};

} // namespace xlink
