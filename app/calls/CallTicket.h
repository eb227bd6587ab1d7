#pragma once

#include "CallResult.h"

#include <QObject>
#include <QPointer>

namespace xlink {

class ApiCall;

// One call on its way through the CallPipeline, for a caller that does not wait for it: the
// GUI, or a runner on a QCoreApplication. finished() comes exactly once: from the event loop
// (never from within CallPipeline::send()), or from cancel(); the ticket then deletes itself
// unless setAutoDelete(false).
class CallTicket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallTicket)

public:
    ~CallTicket() override;

    const ApiRequest &request() const { return m_result.request; }
    bool isFinished() const { return m_finished; }
    // Valid after finished().
    const CallResult &result() const { return m_result; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // Stops the call; finished() follows with a record that says it was cancelled.
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total is -1 when unknown
    void finished(const xlink::CallResult &result);

private:
    friend class CallPipeline;
    CallTicket(ApiCall *call, CallResult pending, QObject *parent);
    void onCallFinished(const CallRecord &record);

    QPointer<ApiCall> m_call;
    CallResult m_result;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace xlink
