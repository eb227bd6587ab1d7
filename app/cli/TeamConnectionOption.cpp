#include "TeamConnectionOption.h"

#include "SecretStore.h"
#include "Terminal.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace xlink::cli {

const QCommandLineOption &TeamConnectionOption::option()
{
    static const QCommandLineOption teamDb(u"team-db"_s,
        tr("The team log's PostgreSQL connection URI, e.g. "
           "postgresql://user@host:5432/db?sslmode=verify-full (else the PG* variables, else "
           "the console's settings)."),
        u"URI"_s);
    return teamDb;
}

std::optional<TeamConnectionSettings> TeamConnectionOption::resolve(
    const QCommandLineParser &parser, const QString &command)
{
    QString error;
    std::optional<TeamConnectionSettings> settings;
    if (parser.isSet(option())) {
        settings = TeamConnectionSettings::fromUri(parser.value(option()), &error);
    } else {
        settings = TeamConnectionSettings::fromEnvironment(
            QProcessEnvironment::systemEnvironment(), &error);
        if (!settings && error.isEmpty()) {
            settings = TeamConnectionSettings::load();
            if (settings) {
                // The password the console keeps in the keychain, never in its settings.
                QEventLoop loop;
                SecretStore secrets;
                secrets.read(QLatin1StringView(TeamConnectionSettings::passwordKey), &loop,
                    [&](const std::optional<QString> &value) {
                        settings->password = value.value_or(QString());
                        loop.quit();
                    });
                loop.exec();
            }
        }
    }
    if (!settings) {
        Terminal::err(command + u": "_s
            + (error.isEmpty() ? tr("no team log is set: pass --team-db postgresql://..., set "
                                    "PGHOST and PGDATABASE, or set it up in the console's "
                                    "settings.")
                               : error)
            + u'\n');
        return std::nullopt;
    }
    if (const QString problem = settings->problem(); !problem.isEmpty()) {
        Terminal::err(command + u": "_s + problem + u'\n');
        return std::nullopt;
    }
    return settings;
}

} // namespace xlink::cli
