#include "CliProcess.h"

#include <QProcess>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace xlink::test {

CliProcess::CliProcess(QString home)
    : m_home(std::move(home))
{ }

QString CliProcess::program()
{
    return QStringLiteral(XLINK_BIN_DIR "/xlink-cli");
}

QProcessEnvironment CliProcess::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_home + u"/data"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, m_home + u"/cache"_s);
    // No keychain session, no team database of the machine's: only what the test gives.
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"PG"))
            environment.remove(name);
    }
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

void CliProcess::start(QProcess &process, const QStringList &arguments) const
{
    process.setProcessEnvironment(environment());
    process.start(program(), arguments);
}

CliRun CliProcess::run(const QStringList &arguments, const QByteArray &input, int timeoutMs) const
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    start(process, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    // Waited for with the event loop running: a sandbox in this process answers meanwhile.
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    CliRun result { process.exitCode(), process.readAllStandardOutput(),
        process.readAllStandardError() };
    if (process.exitStatus() != QProcess::NormalExit)
        result.exitCode = -2;
    return result;
}

} // namespace xlink::test
