#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace xlink::test {

// What a run of xlink-cli gave: its exit code (-1 when it did not start or did not end in
// time, -2 when it crashed), standard output and standard error.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// xlink-cli (the one built beside the tests) run as a real process in a home of its own: HOME
// and the XDG config, data and cache folders under `home`, no D-Bus session (so no keychain),
// no PG* variables, the C.UTF-8 locale and no LANGUAGE. Nothing of the user's is read or
// written, and it speaks English. It is waited for with the event loop running, so a sandbox
// or test server in the test's own process answers meanwhile.
class CliProcess final
{
public:
    explicit CliProcess(QString home);

    static QString program();
    QString home() const { return m_home; }
    // Another variable for the process's environment (a test's own, or one it checks).
    void setVariable(const QString &name, const QString &value) { m_extra.insert(name, value); }
    QProcessEnvironment environment() const;

    // Starts `arguments` in `process` and returns at once (for a test that stops it itself).
    void start(QProcess &process, const QStringList &arguments) const;
    // Runs `arguments` with `input` on standard input; a guard of `timeoutMs` against a hang
    // (the process is killed then), not a time limit.
    CliRun run(
        const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000) const;

private:
    QString m_home;
    QHash<QString, QString> m_extra;
};

} // namespace xlink::test
