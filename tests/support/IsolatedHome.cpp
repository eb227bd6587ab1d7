#include "IsolatedHome.h"

#include <QDir>
#include <QStringList>

#include <sys/stat.h>

namespace xlink::test {

IsolatedHome::IsolatedHome()
    : m_dir(QDir::tempPath() + QStringLiteral("/xlink-test-home-XXXXXX"))
{
    ::umask(022);
    if (!m_dir.isValid())
        return;
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    m_valid = true;
    const QStringList folders { home(), QString(home() + QStringLiteral("/.local")), dataHome(),
        configHome(), cacheHome() };
    for (const QString &path : folders)
        m_valid = m_valid && QDir().mkdir(path, ownerOnly);
    qputenv("HOME", QFile::encodeName(home()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome()));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cacheHome()));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(root()));
}

QProcessEnvironment IsolatedHome::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root());
    return environment;
}

} // namespace xlink::test
