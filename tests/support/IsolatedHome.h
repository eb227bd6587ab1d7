#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace xlink::test {

// A private HOME with its own XDG data, config and cache folders (all 0700) under one temporary
// folder, put in the environment before the QApplication exists: everything the console and
// the CLI write lands where a test can inspect it, and the user's own files stay untouched.
// The umask is set to the common 022 so permission checks test the code, not the umask.
class IsolatedHome final
{
public:
    IsolatedHome();
    Q_DISABLE_COPY_MOVE(IsolatedHome)

    bool isValid() const { return m_valid; }
    QString root() const { return m_dir.path(); }
    QString home() const { return root() + QStringLiteral("/home"); }
    QString dataHome() const { return home() + QStringLiteral("/.local/share"); }
    QString configHome() const { return home() + QStringLiteral("/.config"); }
    QString cacheHome() const { return home() + QStringLiteral("/.cache"); }
    // For child processes: the same folders.
    QProcessEnvironment environment() const;

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};

} // namespace xlink::test
