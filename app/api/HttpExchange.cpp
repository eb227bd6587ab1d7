#include "HttpExchange.h"

#include "RequestCheck.h"
#include "call/FailureClassifier.h"
#include "call/FailureText.h"
#include "call/Redactor.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QtConcurrent/QtConcurrentRun>

namespace xlink {

Q_LOGGING_CATEGORY(lcHttp, "xlink.api.http", QtWarningMsg)

namespace {

// Larger bodies are classified and redacted off the GUI thread (a parse of 1 MB already takes
// milliseconds; 100 MB take seconds).
constexpr qsizetype maxInlineBodyBytes = 256 * 1024;

struct Classified
{
    CallRecord record;
    RedactedCall redacted;
};

// A success of a documented call whose body does not match the response schema.
void checkAgainstSchema(CallRecord &record)
{
    if (record.kind != CallRecord::Kind::Success)
        return;
    const ApiOperation *operation
        = RequestCheck::operationFor(QString::fromLatin1(record.method), record.url.path());
    if (!operation)
        return;
    const QList<SchemaProblem> problems
        = RequestCheck::checkResponse(*operation, record.httpStatus, record.responseBody);
    if (problems.isEmpty())
        return;
    QStringList paths;
    for (const SchemaProblem &problem : problems)
        paths.append(problem.path);
    paths.removeDuplicates();
    record.kind = CallRecord::Kind::OffSchema;
    record.errorData = FailureText::offSchema(operation->operationId, paths);
}

// The call's classification (decoding the body), its schema check and its one redaction.
Classified classified(CallRecord record, FailureClassifier::Transfer transfer, bool checkSchema,
    QList<QByteArray> secretValues)
{
    FailureClassifier::classify(record, transfer);
    if (checkSchema)
        checkAgainstSchema(record);
    RedactedCall redacted(record, secretValues); // the call's one redaction
    return { std::move(record), std::move(redacted) };
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *manager, const CallRecord &record,
    const Options &options, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_record(record)
    , m_options(options)
{ }

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::start()
{
    QNetworkRequest request(m_record.url);
    for (const auto &[name, value] : m_record.requestHeaders)
        request.setRawHeader(name, value);
    request.setTransferTimeout(std::max(1, m_options.timeoutMs));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_options.extraTrustedCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.extraTrustedCertificates);
        request.setSslConfiguration(tls);
    }
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    // Without a body, no outgoing data at all: Qt would announce "Content-Length: 0" even on
    // a GET. A POST, PUT or PATCH still says its (empty) length, as servers expect.
    const bool bodyless = m_record.requestBody.isEmpty()
        && (m_record.method == "GET" || m_record.method == "HEAD" || m_record.method == "DELETE"
            || m_record.method == "OPTIONS");
    m_reply = bodyless
        ? m_manager->sendCustomRequest(request, m_record.method)
        : m_manager->sendCustomRequest(request, m_record.method, m_record.requestBody);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    // Never ignored: the errors are kept so the user sees why the certificate was refused.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
}

void HttpExchange::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void HttpExchange::abortForSize(qint64 size)
{
    m_tooLarge = true;
    m_record.responseSize = size;
    // The record is not redacted yet: a token in the query must not reach the log.
    qCInfo(lcHttp) << "response above the size limit, aborting:"
                   << Redactor::redactUrl(m_record.url).toDisplayString();
    m_reply->abort();
}

void HttpExchange::onMetaDataChanged()
{
    if (!m_reply)
        return;
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok) {
        m_announcedSize = length;
        if (length > m_options.maxResponseBytes)
            abortForSize(length);
        else if (length > 0)
            m_body.reserve(length); // one allocation instead of a doubling series of copies
    }
}

void HttpExchange::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > m_options.maxResponseBytes) {
        // Keep the first part so the user can still see what was coming.
        m_body += chunk.first(std::max<qsizetype>(0, m_options.maxResponseBytes - m_body.size()));
        abortForSize(m_received);
        return;
    }
    m_body += chunk;
    Q_EMIT progress(m_received, m_announcedSize);
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (!m_tooLarge && reply->isOpen())
        onReadyRead();
    m_reply = nullptr;
    reply->deleteLater();

    m_record.durationMs = m_clock.elapsed();
    m_record.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_record.responseHeaders = reply->rawHeaderPairs();
    m_record.responseBody = m_body;
    if (!m_tooLarge)
        m_record.responseSize = m_received;
    m_body.clear();

    const QNetworkReply::NetworkError error = reply->error();
    // Errors below 200 are the transport's (refused, reset, TLS, timeout, redirect, proxy). Any
    // other error with a status line is just how Qt names an HTTP 4xx/5xx: an answer.
    const bool transportFailed = (error > QNetworkReply::NoError && error < 200)
        || (error != QNetworkReply::NoError && m_record.httpStatus == 0);
    // The connection closed before the announced body was complete (whatever Qt reports).
    const bool truncated = !m_tooLarge && m_announcedSize >= 0 && m_received < m_announcedSize
        && m_record.method != "HEAD";
    // How the transfer ended, in Qt Network's terms turned into the classifier's.
    using End = FailureClassifier::Transfer::End;
    FailureClassifier::Transfer transfer;
    transfer.received = m_received;
    transfer.announced = m_announcedSize;
    transfer.sizeLimit = m_options.maxResponseBytes;
    transfer.timeoutMs = m_options.timeoutMs;
    if (m_cancelled) {
        transfer.end = End::Cancelled;
    } else if (truncated && error != QNetworkReply::OperationCanceledError) {
        transfer.end = End::Truncated;
    } else if (m_tooLarge) {
        transfer.end = End::TooLarge;
    } else if (error == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout aborts without our cancel flag.
        transfer.end = End::TimedOut;
    } else if (transportFailed) {
        if (!m_sslErrors.isEmpty()) {
            transfer.end = End::CertificateRefused;
            transfer.detail = m_sslErrors.join(QStringLiteral("; "));
        } else if (error == QNetworkReply::HostNotFoundError) {
            transfer.end = End::HostNotFound;
        } else if (error == QNetworkReply::InsecureRedirectError) {
            transfer.end = End::InsecureRedirect;
        } else {
            transfer.end = End::Failed;
            transfer.detail = reply->errorString();
        }
    }
    classifyAndFinish(transfer);
}

void HttpExchange::classifyAndFinish(const FailureClassifier::Transfer &transfer)
{
    if (m_record.responseBody.size() <= maxInlineBodyBytes) {
        Classified result
            = classified(m_record, transfer, m_options.checkResponseSchema, m_options.secretValues);
        m_record = std::move(result.record);
        m_redacted = std::move(result.redacted);
        finish();
        return;
    }
    // Owned by this exchange: if it is deleted first, the result is dropped with the watcher.
    auto *watcher = new QFutureWatcher<Classified>(this);
    connect(watcher, &QFutureWatcher<Classified>::finished, this, [this, watcher] {
        Classified result = watcher->result();
        watcher->deleteLater();
        m_record = std::move(result.record);
        m_redacted = std::move(result.redacted);
        finish();
    });
    watcher->setFuture(QtConcurrent::run(
        classified, m_record, transfer, m_options.checkResponseSchema, m_options.secretValues));
}

void HttpExchange::finish()
{
    qCDebug(lcHttp) << m_record.method << Redactor::redactUrl(m_record.url).toDisplayString()
                    << m_record.httpStatus << CallRecord::kindName(m_record.kind)
                    << m_record.durationMs << "ms";
    Q_EMIT finished();
}

} // namespace xlink
