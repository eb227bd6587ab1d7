#pragma once

#include "CallPipeline.h"
#include "Environment.h"
#include "FailureStore.h"
#include "Session.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace xlink {
class ErrorCatalogue;
}

namespace xlink::cli {

// What every command that sends requests (`call`, `run`) sets up the same way: the options
// saying where to send (--env NAME | --base-url URL), who to log in as (--account, --corp-id,
// --password-stdin, --access-key-id, --access-key-secret-stdin) and --timeout; the secret from
// standard input or the keychain; the failure log every exchange goes to (written at once or
// kept beside it, never waited for); the pipeline; and the login. Secrets are read, handed to
// the session and never printed.
class CallSetup final
{
public:
    // Adds the options to `parser`.
    explicit CallSetup(QCommandLineParser &parser);
    ~CallSetup();

    enum class EnvironmentName {
        MustExist, // --env names a saved environment (call)
        // --env may name only an environment of the collection's http-client.env.json (run):
        // the current saved environment (or --base-url) is used then.
        MayBeCollectionOnly,
    };
    // After parsing: where to send. A usage error's message when the options do not fit.
    std::optional<QString> readEnvironment(EnvironmentName rule = EnvironmentName::MustExist);
    // After readEnvironment: who to log in as, reading a secret from standard input when asked.
    std::optional<QString> readCredentials();
    // A saved environment's secret from the keychain, when the login needs one and none was
    // given; a usage error's message when an explicit login has none.
    std::optional<QString> readSavedSecret();

    // The user's own variables of the saved environment (UserVariableStore), the secret ones
    // from the keychain; none for --base-url. A secret the keychain does not give is named on
    // stderr. Runs an event loop until the keychain answers.
    struct UserVariables
    {
        QHash<QString, QString> values;
        QStringList secretValues; // a report hides these wherever they would show
    };
    UserVariables readUserVariables();

    Environment &environment() { return m_environment; }
    bool hasSavedEnvironment() const { return m_savedEnvironment; }
    // --env's value (empty when not given).
    QString environmentName() const;
    const Session::Credentials &credentials() const { return m_credentials; }

    // Creates the pipeline on the environment with the settings' limits and the failure log
    // (warnings on stderr when the log cannot take records). NowOrKeep (one call) writes each
    // record before its result is shown, with its id; Queued (a run of many) has the log's
    // writer thread write them in batches beside the calls, the rest when the process ends.
    // Neither waits for a log another process holds: the records are kept beside it.
    CallPipeline &start(const std::shared_ptr<const ErrorCatalogue> &catalogue,
        CallPipeline::Recording recording = CallPipeline::Recording::NowOrKeep);
    CallPipeline &pipeline() { return *m_pipeline; }
    // Logs in when credentials were given. 0 when done or not needed; else the exit code, the
    // reason already on stderr. Runs an event loop until the login answers.
    int logIn(const ErrorCatalogue &catalogue);

private:
    QCommandLineParser &m_parser;
    const QCommandLineOption m_envOption;
    const QCommandLineOption m_baseUrlOption;
    const QCommandLineOption m_accountOption;
    const QCommandLineOption m_corpOption;
    const QCommandLineOption m_passwordOption;
    const QCommandLineOption m_keyOption;
    const QCommandLineOption m_keySecretOption;
    const QCommandLineOption m_timeoutOption;

    Environment m_environment;
    bool m_savedEnvironment = false;
    QList<QByteArray> m_secretValues; // the user's secret variables' values, masked in records
    Session::Credentials m_credentials;
    bool m_explicitLogin = false;
    std::unique_ptr<FailureStore> m_log;
    std::unique_ptr<CallPipeline> m_pipeline;
};

} // namespace xlink::cli
