#include "CallSetup.h"

#include "ApiClient.h"
#include "CallOutput.h"
#include "CallSettings.h"
#include "CliCommand.h"
#include "EnvironmentStore.h"
#include "SecretStore.h"
#include "Terminal.h"
#include "UserVariableStore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {

// These options and messages were `call`'s before `run` shared them: they keep its
// translation context, and with it their translations.
QString tr(const char *text)
{
    return QCoreApplication::translate("xlink::cli::CallCommand", text);
}

} // namespace

CallSetup::CallSetup(QCommandLineParser &parser)
    : m_parser(parser)
    , m_envOption(u"env"_s, tr("Use the saved environment NAME."), u"NAME"_s)
    , m_baseUrlOption(u"base-url"_s, tr("Send to URL (e.g. http://127.0.0.1:8080)."), u"URL"_s)
    , m_accountOption(u"account"_s,
          tr("Log in as this enterprise member (or app user with --corp-id)."), u"ID"_s)
    , m_corpOption(
          u"corp-id"_s, tr("Log in as an app user of this enterprise (with --account)."), u"ID"_s)
    , m_passwordOption(
          u"password-stdin"_s, tr("Read the password from the first line of standard input."))
    , m_keyOption(u"access-key-id"_s, tr("Log in with this access key."), u"ID"_s)
    , m_keySecretOption(u"access-key-secret-stdin"_s,
          tr("Read the access key secret from the first line of standard input."))
    , m_timeoutOption(u"timeout"_s, tr("Give up after MS milliseconds without data."), u"MS"_s)
{
    parser.addOptions({ m_envOption, m_baseUrlOption, m_accountOption, m_corpOption,
        m_passwordOption, m_keyOption, m_keySecretOption, m_timeoutOption });
}

CallSetup::~CallSetup()
{
    // The pipeline records into the log: it goes first.
    m_pipeline.reset();
    m_log.reset();
}

QString CallSetup::environmentName() const
{
    return m_parser.isSet(m_envOption) ? m_parser.value(m_envOption) : QString();
}

std::optional<QString> CallSetup::readEnvironment(EnvironmentName rule)
{
    EnvironmentStore store;
    std::optional<Environment> named;
    if (m_parser.isSet(m_envOption))
        named = store.findByName(m_parser.value(m_envOption));
    if (m_parser.isSet(m_envOption) && m_parser.isSet(m_baseUrlOption)
        && (rule == EnvironmentName::MustExist || named))
        return tr("use either --env or --base-url, not both.");
    if (m_parser.isSet(m_baseUrlOption)) {
        const QUrl url(m_parser.value(m_baseUrlOption), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty())
            return tr("--base-url needs an http:// or https:// URL.");
        m_environment.name = url.toDisplayString();
        m_environment.baseUrl = url;
    } else {
        std::optional<Environment> found = named;
        if (!found
            && (!m_parser.isSet(m_envOption) || rule == EnvironmentName::MayBeCollectionOnly))
            found = store.find(store.currentId());
        if (!found && rule == EnvironmentName::MustExist)
            return tr("no environment named '%1'.").arg(m_parser.value(m_envOption));
        if (found) {
            m_environment = *found;
            m_savedEnvironment = true;
        }
    }
    if (m_parser.isSet(m_timeoutOption)) {
        bool ok = false;
        const int timeout = m_parser.value(m_timeoutOption).toInt(&ok);
        if (!ok || timeout <= 0)
            return tr("--timeout needs a number of milliseconds.");
        m_environment.timeoutMs = timeout;
    }
    return std::nullopt;
}

std::optional<QString> CallSetup::readCredentials()
{
    const bool memberLogin = m_parser.isSet(m_accountOption);
    const bool keyLogin = m_parser.isSet(m_keyOption);
    if (memberLogin && keyLogin)
        return tr("use either --account or --access-key-id, not both.");
    if (m_parser.isSet(m_passwordOption) && !memberLogin)
        return tr("--password-stdin needs --account.");
    if (m_parser.isSet(m_keySecretOption) && !keyLogin)
        return tr("--access-key-secret-stdin needs --access-key-id.");
    bool secretFromStdin = false;
    m_explicitLogin = memberLogin || keyLogin;
    if (memberLogin) {
        m_credentials.account = m_parser.value(m_accountOption);
        m_credentials.corpId = m_parser.value(m_corpOption);
        m_credentials.kind = !m_credentials.corpId.isEmpty()
            ? Environment::LoginKind::AppUser
            : Environment::LoginKind::EnterpriseMember;
        if (m_credentials.corpId.isEmpty()
            && m_environment.loginKind == Environment::LoginKind::AppUser) {
            m_credentials.kind = Environment::LoginKind::AppUser;
            m_credentials.corpId = m_environment.corpId;
        }
        secretFromStdin = m_parser.isSet(m_passwordOption);
    } else if (keyLogin) {
        m_credentials.kind = Environment::LoginKind::AccessKey;
        m_credentials.account = m_parser.value(m_keyOption);
        secretFromStdin = m_parser.isSet(m_keySecretOption);
    } else if (m_parser.isSet(m_envOption) && m_savedEnvironment
        && !m_environment.account.isEmpty()) {
        m_credentials.kind = m_environment.loginKind;
        m_credentials.account = m_environment.account;
        m_credentials.corpId = m_environment.corpId;
    }
    if (secretFromStdin) {
        const auto secret = Terminal::secretLineFromStdin();
        if (!secret)
            return tr("nothing to read on standard input for the secret.");
        m_credentials.secret = *secret;
    }
    return std::nullopt;
}

std::optional<QString> CallSetup::readSavedSecret()
{
    if (m_credentials.account.isEmpty() || !m_credentials.secret.isEmpty())
        return std::nullopt;
    if (!m_environment.id.isEmpty()) { // a saved environment: its login's secret may be kept
        QEventLoop loop;
        SecretStore secrets;
        secrets.read(m_environment.secretKey(m_environment.loginSecret()), &loop,
            [&](const std::optional<QString> &value) {
                m_credentials.secret = value.value_or(QString());
                loop.quit();
            });
        loop.exec();
    }
    // A login asked for on the command line is never made as nobody.
    if (m_credentials.secret.isEmpty() && m_explicitLogin) {
        return m_credentials.kind == Environment::LoginKind::AccessKey
            ? tr("no secret for --access-key-id: pass --access-key-secret-stdin.")
            : tr("no secret for --account: pass --password-stdin.");
    }
    return std::nullopt;
}

CallSetup::UserVariables CallSetup::readUserVariables()
{
    UserVariables variables;
    if (!m_savedEnvironment || m_environment.id.isEmpty())
        return variables;
    SecretStore secrets;
    UserVariableStore store(&secrets);
    QEventLoop loop;
    store.readValues(m_environment.id, &loop,
        [&](const QHash<QString, QString> &values, const QStringList &secretNames,
            const QStringList &missing) {
            variables.values = values;
            for (const QString &name : secretNames) {
                if (values.contains(name))
                    variables.secretValues.append(values.value(name));
            }
            for (const QString &name : missing)
                Terminal::err(QCoreApplication::translate("xlink::cli::CallSetup",
                    "Warning: the keychain has no value for the secret variable %1 of '%2'.\n")
                                  .arg(name, m_environment.name));
            loop.quit();
        });
    loop.exec();
    // A secret value is masked in every record, under whatever name a request sends it.
    for (const QString &value : std::as_const(variables.secretValues))
        m_secretValues << value.toUtf8();
    if (m_pipeline)
        m_pipeline->client()->setSecretValues(m_secretValues);
    return variables;
}

CallPipeline &CallSetup::start(
    const std::shared_ptr<const ErrorCatalogue> &catalogue, CallPipeline::Recording recording)
{
    m_pipeline = std::make_unique<CallPipeline>();
    // The limits the console's settings give, so the CLI and the GUI agree.
    m_pipeline->applyLimits(CallSettings::load());
    m_pipeline->client()->setEnvironment(m_environment);
    m_pipeline->client()->setSecretValues(m_secretValues);
    // Every exchange (logins included) goes to the log the console reads; a log that cannot
    // be opened costs the call nothing but a warning. One catalogue for the output, the log's
    // record and later reports: the merged one, as lookup and decode use.
    m_log = std::make_unique<FailureStore>();
    FailureStore &log = *m_log;
    log.setCatalogue(catalogue);
    // A run's calls are indexed for search by the console's log, not in the user's wait at
    // this process's exit; until then a search scans them.
    log.setIndexesWhenIdle(false);
    const auto opened = log.open();
    if (!opened.ok)
        Terminal::err(tr("Warning: the failure log cannot be opened (%1); this call is not "
                         "recorded.\n")
                          .arg(opened.error));
    else if (opened.readOnly)
        Terminal::err(tr("Warning: recording is off: %1; this call is not recorded (the log "
                         "can still be listed and exported).\n")
                          .arg(opened.readOnlyReason));
    else if (!opened.movedAsideTo.isEmpty())
        Terminal::err(tr("Warning: the failure log was damaged and moved aside to %1.\n")
                          .arg(opened.movedAsideTo));
    // A damaged page found while writing: the file is moved aside then and there.
    QObject::connect(&log, &FailureStore::opened, &log, [](const LogDatabase::OpenResult &result) {
        if (!result.movedAsideTo.isEmpty())
            Terminal::err(tr("Warning: the failure log was damaged and moved aside to %1.\n")
                              .arg(result.movedAsideTo));
    });
    // Never waits for the log: while another process holds it locked, the record is kept
    // beside it and written by the next process that can.
    m_pipeline->setFailureLog(&log, recording);
    QObject::connect(&log, &FailureStore::writeFailed, &log, [](const QString &message) {
        Terminal::err(
            QCoreApplication::translate("xlink::cli::CallSetup", "Warning: %1\n").arg(message));
    });
    QObject::connect(
        m_pipeline.get(), &CallPipeline::written, &log, [&log](const FailureStore::Kept &kept) {
            if (kept.spilled)
                Terminal::err(tr("Note: the failure log is in use by another process; the call was "
                                 "kept in %1 and goes into the log once it is free.\n")
                                  .arg(log.spillPath()));
            else if (kept.id == 0)
                Terminal::err(tr("Warning: the call was not recorded in the failure log: %1\n")
                                  .arg(kept.error));
        });
    return *m_pipeline;
}

int CallSetup::logIn(const ErrorCatalogue &catalogue)
{
    if (!m_credentials.isValid())
        return ExitSuccess;
    Session *session = m_pipeline->session();
    session->setCredentials(m_credentials);
    session->setProactiveRefresh(false); // a short process: no need to refresh ahead
    QEventLoop loop;
    std::optional<CallRecord> loginRecord;
    QObject::connect(session, &Session::loginFinished, &loop, [&](bool, const CallRecord &record) {
        loginRecord = record;
        loop.quit();
    });
    session->login();
    loop.exec();
    if (session->isLoggedIn())
        return ExitSuccess;
    QString why = CallOutput::describeFailure(*loginRecord, catalogue);
    if (why.isEmpty())
        why = tr("The login answer has no access_token.\n");
    Terminal::err(tr("Login failed.\n") + why);
    const int code = CallOutput::exitCode(*loginRecord);
    return code == ExitSuccess ? ExitFailure : code;
}

} // namespace xlink::cli
