#pragma once

#include "CallSettings.h"
#include "call/CallRecord.h"
#include "call/FailureClassifier.h"
#include "call/RedactedCall.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace xlink {

// One HTTP request and its response, turned into a CallRecord. Enforces what every request
// needs: a transfer timeout, a response size limit (aborting as soon as Content-Length or the
// bytes received exceed it), verified TLS with the certificate problem's reason kept, and no
// redirect from https to http. record() is NOT redacted; redactedRecord() is what leaves the
// library. Classifying and redacting a body of megabytes takes longer than a frame, so for a
// large body both run on the thread pool and finished() follows when they are done.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    struct Options
    {
        int timeoutMs = CallSettings::defaultTimeout; // no bytes moving for this long ends the call
        qint64 maxResponseBytes = CallSettings::defaultMaxResponse;
        QList<QSslCertificate> extraTrustedCertificates;
        // A success answer off the documented response schema becomes Kind::OffSchema.
        bool checkResponseSchema = false;
        // Masked wherever they appear in the record (the user's secret variables' values).
        QList<QByteArray> secretValues;
    };

    // `record` carries the request (method, url, headers, body, purpose, environment).
    HttpExchange(QNetworkAccessManager *manager, const CallRecord &record, const Options &options,
        QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    void cancel(); // the user's cancel: the record says so, finished() follows
    bool isRunning() const { return m_reply != nullptr; }
    bool wasCancelled() const { return m_cancelled; }

    const CallRecord &record() const { return m_record; } // complete once finished()
    const RedactedCall &redacted() const { return m_redacted; } // the same, redacted
    const CallRecord &redactedRecord() const { return m_redacted.record(); }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total is -1 when unknown
    void finished();

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void abortForSize(qint64 size);
    void classifyAndFinish(const FailureClassifier::Transfer &transfer);
    void finish();

    QNetworkAccessManager *m_manager;
    CallRecord m_record;
    RedactedCall m_redacted;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    QByteArray m_body;
    qint64 m_received = 0;
    QStringList m_sslErrors;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    qint64 m_announcedSize = -1;
};

} // namespace xlink
