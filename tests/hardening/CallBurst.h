#pragma once

#include "ApiRequest.h"
#include "call/CallRecord.h"

#include <QObject>
#include <QSet>

namespace xlink {
class ApiClient;
}

namespace xlink::test {

// Sends `total` calls through an ApiClient keeping `inFlight` of them running, a fixed mix of
// successes and failures (a missing member, a 503, a proxy's HTML page, a truncated body).
// Call number N carries `?seq=N` so a stored record tells which call it was.
class CallBurst final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallBurst)

public:
    CallBurst(ApiClient *client, int total, int inFlight, QObject *parent = nullptr);

    // The request for call `seq`, and whether the mix means it to fail.
    static ApiRequest request(int seq);
    static bool meantToFail(int seq);
    // The seq a stored URL carries, or -1.
    static int seqOf(const QString &url);

    void start();
    bool isDone() const { return m_finished == m_total; }
    int finishedCount() const { return m_finished; }
    // Seqs of the calls whose final record was a failure, as the client reported them.
    const QSet<int> &failed() const { return m_failed; }
    int mostInFlight() const { return m_mostInFlight; }

Q_SIGNALS:
    void done();

private:
    void sendNext();

    ApiClient *m_client;
    int m_total;
    int m_inFlight;
    int m_sent = 0;
    int m_finished = 0;
    int m_running = 0;
    int m_mostInFlight = 0;
    QSet<int> m_failed;
};

} // namespace xlink::test
