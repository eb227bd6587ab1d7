#include "TeamConnectionSettings.h"

#include "util/SettingsWriter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

constexpr auto hostKey = "teamLog/host";
constexpr auto portKey = "teamLog/port";
constexpr auto databaseKey = "teamLog/database";
constexpr auto userKey = "teamLog/user";
constexpr auto sslModeKey = "teamLog/sslMode";
constexpr auto caFileKey = "teamLog/caFile";

const QStringList &sslModes()
{
    static const QStringList modes
        = { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s };
    return modes;
}

// The system's trusted authorities (Debian's ca-certificates bundle): libpq's own default,
// ~/.postgresql/root.crt, rarely exists, and a managed server's certificate chains to a public
// authority.
const QString systemBundle = u"/etc/ssl/certs/ca-certificates.crt"_s;

// A libpq option value, quoted as conninfo strings are.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

bool TeamConnectionSettings::isLocalHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    // Written out rather than QHostAddress: this library links no Qt Network.
    static const QRegularExpression loopbackV4(u"^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return host == u"::1" || host == u"[::1]" || loopbackV4.match(host).hasMatch();
}

QString TeamConnectionSettings::defaultSslMode(const QString &host)
{
    return isLocalHost(host) ? u"prefer"_s : u"verify-full"_s;
}

QString TeamConnectionSettings::effectiveSslMode() const
{
    return sslMode.isEmpty() ? defaultSslMode(host) : sslMode;
}

std::optional<TeamConnectionSettings> TeamConnectionSettings::fromUri(
    const QString &uri, QString *error)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        *error = tr("'%1' is not a PostgreSQL connection URI such as "
                    "postgresql://user@host:5432/database?sslmode=verify-full.")
                     .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : uri.left(40));
        return std::nullopt;
    }
    TeamConnectionSettings settings;
    settings.host = url.host();
    if (settings.host.isEmpty())
        settings.host = u"localhost"_s;
    settings.port = url.port(5432);
    settings.user = url.userName();
    settings.password = url.password();
    settings.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == u"sslmode") {
            settings.sslMode = value;
        } else if (name == u"sslrootcert") {
            settings.caFile = value;
        } else if (name == u"host") {
            settings.host = value;
        } else if (name == u"port") {
            settings.port = value.toInt();
        } else if (name == u"dbname") {
            settings.database = value;
        } else if (name == u"user") {
            settings.user = value;
        } else if (name == u"password") {
            settings.password = value;
        } else if (name != u"connect_timeout" && name != u"application_name") {
            *error
                = tr("The connection URI has an option this console does not use: %1.").arg(name);
            return std::nullopt;
        }
    }
    if (settings.database.isEmpty())
        settings.database = settings.user;
    if (settings.port <= 0 || settings.port > 65535) {
        *error = tr("The connection URI has no valid port.");
        return std::nullopt;
    }
    return settings;
}

std::optional<TeamConnectionSettings> TeamConnectionSettings::fromEnvironment(
    const QProcessEnvironment &environment, QString *error)
{
    if (!environment.contains(u"PGHOST"_s) && !environment.contains(u"PGPORT"_s)
        && !environment.contains(u"PGDATABASE"_s) && !environment.contains(u"PGUSER"_s))
        return std::nullopt;
    TeamConnectionSettings settings;
    settings.host = environment.value(u"PGHOST"_s, u"localhost"_s);
    settings.user = environment.value(u"PGUSER"_s);
    settings.database = environment.value(u"PGDATABASE"_s, settings.user);
    settings.password = environment.value(u"PGPASSWORD"_s);
    settings.sslMode = environment.value(u"PGSSLMODE"_s);
    settings.caFile = environment.value(u"PGSSLROOTCERT"_s);
    if (environment.contains(u"PGPORT"_s)) {
        bool ok = false;
        settings.port = environment.value(u"PGPORT"_s).toInt(&ok);
        if (!ok || settings.port <= 0 || settings.port > 65535) {
            *error = tr("PGPORT is not a port number: %1.").arg(environment.value(u"PGPORT"_s));
            return std::nullopt;
        }
    }
    return settings;
}

std::optional<TeamConnectionSettings> TeamConnectionSettings::load(const QSettings &settings)
{
    const QString host = settings.value(QLatin1StringView(hostKey)).toString();
    if (host.isEmpty())
        return std::nullopt;
    TeamConnectionSettings result;
    result.host = host;
    result.port = settings.value(QLatin1StringView(portKey), 5432).toInt();
    result.database = settings.value(QLatin1StringView(databaseKey)).toString();
    result.user = settings.value(QLatin1StringView(userKey)).toString();
    result.sslMode = settings.value(QLatin1StringView(sslModeKey)).toString();
    result.caFile = settings.value(QLatin1StringView(caFileKey)).toString();
    return result;
}

std::optional<TeamConnectionSettings> TeamConnectionSettings::load()
{
    return load(QSettings());
}

bool TeamConnectionSettings::save(const QSettings &settings, QString *error) const
{
    return SettingsWriter::write(
        settings,
        [this](QSettings &file) {
            file.setValue(QLatin1StringView(hostKey), host);
            file.setValue(QLatin1StringView(portKey), port);
            file.setValue(QLatin1StringView(databaseKey), database);
            file.setValue(QLatin1StringView(userKey), user);
            file.setValue(QLatin1StringView(sslModeKey), sslMode);
            file.setValue(QLatin1StringView(caFileKey), caFile);
        },
        error);
}

QString TeamConnectionSettings::problem() const
{
    if (host.isEmpty())
        return tr("No team log server is set.");
    if (host.startsWith(u'/'))
        return tr("The team log is reached over TCP: give a host name or address, not a "
                  "socket folder (%1).")
            .arg(host);
    if (database.isEmpty())
        return tr("No team log database is set.");
    const QString mode = effectiveSslMode();
    if (!sslModes().contains(mode))
        return tr("Unknown TLS mode '%1' (disable, allow, prefer, require, verify-ca, "
                  "verify-full).")
            .arg(mode);
    // A server on another machine is only reached with its certificate verified: anything
    // less lets whoever sits on the path read the team's failures and the password.
    if (!isLocalHost(host) && mode != u"verify-full")
        return tr("The TLS mode '%1' does not verify the server %2; only verify-full is allowed "
                  "for a server that is not on this machine.")
            .arg(mode, host);
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return tr("The CA file %1 cannot be read.").arg(caFile);
    return {};
}

QString TeamConnectionSettings::connectOptions(int connectTimeoutSecs) const
{
    const QString mode = effectiveSslMode();
    QStringList options { u"sslmode="_s + mode,
        u"connect_timeout="_s + QString::number(std::max(1, connectTimeoutSecs)),
        u"application_name=xlink-console"_s };
    if (mode.startsWith(u"verify")) {
        const QString ca = !caFile.isEmpty()  ? caFile
            : QFileInfo::exists(systemBundle) ? systemBundle
                                              : QString();
        if (!ca.isEmpty())
            options << u"sslrootcert="_s + quoted(ca);
    }
    return options.join(u';');
}

QString TeamConnectionSettings::displayName() const
{
    return (user.isEmpty() ? QString() : user + u'@') + host + u':' + QString::number(port) + u'/'
        + database;
}

} // namespace xlink
