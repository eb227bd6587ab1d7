#pragma once

#include <QString>

class QSettings;

namespace xlink {

// Who this console is in the team log: the sender name every record it sends carries (the user
// sets it; by default the login name and the host, "ana@build-7"), and whether the console
// sends its records in the background at all.
struct TeamLogSettings
{
    bool enabled = false;
    QString sender; // empty: defaultSender()

    static QString defaultSender();
    QString effectiveSender() const { return sender.isEmpty() ? defaultSender() : sender; }

    static TeamLogSettings load(const QSettings &settings);
    static TeamLogSettings load();
    bool save(const QSettings &settings, QString *error = nullptr) const;
    bool operator==(const TeamLogSettings &) const = default;
};

} // namespace xlink
