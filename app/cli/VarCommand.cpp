#include "VarCommand.h"

#include "CommandLine.h"
#include "EnvironmentStore.h"
#include "SecretStore.h"
#include "Terminal.h"
#include "UserVariableStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(xlink::cli::VarCommand)
};

} // namespace

QString VarCommand::name() const
{
    return u"var"_s;
}

QString VarCommand::summary() const
{
    return Text::tr("List, set or remove your own variables of an environment (used by run and "
                    "call)");
}

int VarCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(u"xlink-cli var list [--env NAME] [--json]\n"
                            "       xlink-cli var set NAME VALUE [--env NAME]\n"
                            "       xlink-cli var set NAME --secret-stdin [--env NAME]\n"
                            "       xlink-cli var unset NAME [--env NAME]"_s,
        Text::tr("Your own variables of a console environment (pid, did, an app key...), used "
                 "as {{NAME}} by\n`run` and `call` with that environment, beside baseUrl, "
                 "corpId... A plain value is kept\nin the settings; a secret one only in the "
                 "system keychain, and it is never printed.\n"
                 "Exit codes: 0 done, 1 it could not be saved (no keychain for a secret), 2 "
                 "usage."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(u"ACTION"_s, Text::tr("list, set or unset."), u"list|set|unset"_s);
    const QCommandLineOption envOption(
        u"env"_s, Text::tr("The saved environment NAME (default: the current one)."), u"NAME"_s);
    const QCommandLineOption secretOption(u"secret-stdin"_s,
        Text::tr("set: a secret value, read from the first line of standard input and kept in "
                 "the keychain."));
    const QCommandLineOption jsonOption(
        u"json"_s, Text::tr("list: as JSON, [{name, value, secret}], secret values null."));
    parser.addOptions({ envOption, secretOption, jsonOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);

    EnvironmentStore environments;
    const auto environment = parser.isSet(envOption)
        ? environments.findByName(parser.value(envOption))
        : environments.find(environments.currentId());
    if (!environment)
        return commandLine.usageError(
            Text::tr("no environment named '%1'.").arg(parser.value(envOption)));
    SecretStore secrets;
    UserVariableStore store(&secrets);

    if (action == u"list") {
        if (positional.size() != 1)
            return commandLine.usageError(Text::tr("list takes no NAME."));
        const QList<UserVariableStore::Variable> variables = store.variables(environment->id);
        if (parser.isSet(jsonOption)) {
            QJsonArray list;
            for (const UserVariableStore::Variable &variable : variables) {
                list.append(QJsonObject { { u"name"_s, variable.name },
                    { u"value"_s,
                        variable.secret ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(variable.value) },
                    { u"secret"_s, variable.secret } });
            }
            Terminal::outBytes(QJsonDocument(list).toJson(QJsonDocument::Indented));
            return ExitSuccess;
        }
        QString text;
        for (const UserVariableStore::Variable &variable : variables) {
            text += variable.name + u" = "
                + (variable.secret ? Text::tr("(secret, in the keychain)") : variable.value)
                + u'\n';
        }
        Terminal::out(text);
        return ExitSuccess;
    }

    if (action == u"unset") {
        if (positional.size() != 2)
            return commandLine.usageError(Text::tr("unset takes one NAME."));
        QString error;
        if (!store.remove(environment->id, positional.at(1), &error)) {
            Terminal::err(u"xlink-cli var: "_s + error + u'\n');
            return ExitFailure;
        }
        return ExitSuccess;
    }

    if (action != u"set")
        return commandLine.usageError(Text::tr("the action is list, set or unset."));
    const bool secret = parser.isSet(secretOption);
    if (positional.size() != (secret ? 2 : 3))
        return commandLine.usageError(secret ? Text::tr("set --secret-stdin takes one NAME.")
                                             : Text::tr("set takes NAME and VALUE."));
    const QString name = positional.at(1);
    if (!UserVariableStore::isValidName(name))
        return commandLine.usageError(
            Text::tr("“%1” cannot be a variable name: use letters, digits, _, - and .").arg(name));
    QString value;
    if (secret) {
        const auto line = Terminal::secretLineFromStdin();
        if (!line)
            return commandLine.usageError(
                Text::tr("nothing to read on standard input for the secret."));
        value = *line;
    } else {
        value = positional.at(2);
    }
    // A secret is saved only where it is kept: wait for the keychain's answer, and keep
    // nothing when it has none (this process's memory ends with it).
    QEventLoop loop;
    bool inKeychain = !secret;
    if (secret) {
        QObject::connect(&secrets, &SecretStore::written, &loop, [&](const QString &, bool kept) {
            inKeychain = kept;
            loop.quit();
        });
    }
    QString error;
    if (!store.set(environment->id, name, value, secret, &error)) {
        Terminal::err(u"xlink-cli var: "_s + error + u'\n');
        return ExitFailure;
    }
    if (secret) {
        loop.exec();
        if (!inKeychain) {
            store.remove(environment->id, name);
            Terminal::err(Text::tr("xlink-cli var: the keychain is not available (%1); the "
                                   "secret was not saved.\n")
                              .arg(secrets.keychainError()));
            return ExitFailure;
        }
    }
    return ExitSuccess;
}

} // namespace xlink::cli
