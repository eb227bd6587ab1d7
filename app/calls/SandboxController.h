#pragma once

#include "SandboxOptions.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace xlink {

namespace sandbox {
class SandboxServer;
}

// Owns the in-process sandbox the "Local sandbox" environment talks to. Started on first use on
// a free loopback port; the server lives as long as this object, not as long as any widget.
class SandboxController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxController)

public:
    explicit SandboxController(QObject *parent = nullptr);
    ~SandboxController() override;

    // What the sandbox starts with (token lifetime, faults, ...): takes effect at the next
    // start, so set it before the first use.
    void setOptions(const sandbox::SandboxOptions &options) { m_options = options; }

    // Starts the sandbox unless it runs already. False with errorString() when it cannot listen.
    bool ensureStarted();
    bool isRunning() const;
    QUrl url() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void started(const QUrl &url);

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_error;
    sandbox::SandboxOptions m_options;
};

} // namespace xlink
