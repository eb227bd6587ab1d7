#pragma once

#include <QObject>

class QSocketNotifier;

namespace xlink::cli {

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop (the self-pipe trick):
// the C signal handler only writes a byte to a pipe, which is safe in a signal handler; a
// QSocketNotifier on the pipe's other end emits terminationRequested().
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace xlink::cli
