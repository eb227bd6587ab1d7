#pragma once

#include "SandboxOptions.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace xlink::sandbox {

class RequestDispatcher;
class SandboxHttpServer;

// A local server that behaves like the XLink platform's REST API: the demo enterprise's data in
// memory, the platform's login and token rules, its error bodies, and injectable faults. Used by
// `xlink-cli sandbox`, by the console's "Local sandbox" environment, and by tests.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Starts listening; port 0 picks any free port. False with errorString() on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // The base URL clients use, e.g. http://127.0.0.1:41234 (paths start with /v2/).
    QUrl url() const;
    QString errorString() const { return m_error; }
    const SandboxOptions &options() const { return m_options; }

private:
    SandboxOptions m_options;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    SandboxHttpServer *m_http = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace xlink::sandbox
