#pragma once

#include <QtGlobal>

#include <csignal>
#include <functional>
#include <sys/resource.h>

namespace xlink::test {

// Makes writes fail the way they do on a full disk, without root or a small file system: past
// `bytes`, write(2) first comes up short and then fails (EFBIG instead of ENOSPC). The limit is
// RLIMIT_FSIZE with SIGXFSZ ignored, which would otherwise kill the process. An unprivileged
// process may lower its soft limit and raise it back, so the guard restores both on scope exit.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

    // The same for a child process (QProcess::setChildProcessModifier): an ignored signal stays
    // ignored across exec().
    static std::function<void()> inChild(rlim_t bytes)
    {
        return [bytes] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limited;
            getrlimit(RLIMIT_FSIZE, &limited);
            limited.rlim_cur = bytes;
            setrlimit(RLIMIT_FSIZE, &limited);
        };
    }

private:
    rlimit m_saved {};
    void (*m_savedHandler)(int) = SIG_DFL;
};

} // namespace xlink::test
