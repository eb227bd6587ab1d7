#include "TeamLogSettings.h"

#include "util/SettingsWriter.h"

#include <QSettings>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {
constexpr auto enabledKey = "teamLog/enabled";
constexpr auto senderKey = "teamLog/sender";
} // namespace

QString TeamLogSettings::defaultSender()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    if (login.isEmpty())
        login = u"unknown"_s;
    return login + u'@' + QSysInfo::machineHostName();
}

TeamLogSettings TeamLogSettings::load(const QSettings &settings)
{
    TeamLogSettings result;
    result.enabled = settings.value(QLatin1StringView(enabledKey), false).toBool();
    result.sender = settings.value(QLatin1StringView(senderKey)).toString().trimmed();
    return result;
}

TeamLogSettings TeamLogSettings::load()
{
    return load(QSettings());
}

bool TeamLogSettings::save(const QSettings &settings, QString *error) const
{
    return SettingsWriter::write(
        settings,
        [this](QSettings &file) {
            file.setValue(QLatin1StringView(enabledKey), enabled);
            file.setValue(QLatin1StringView(senderKey), sender.trimmed());
        },
        error);
}

} // namespace xlink
