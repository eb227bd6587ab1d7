#include "fault/ReplyWriter.h"

#include "fault/HugeBodyStream.h"
#include "http/ErrorBody.h"

#include <QTcpSocket>

namespace xlink::sandbox {

namespace {

const QByteArray jsonType = QByteArrayLiteral("application/json; charset=utf-8");

} // namespace

QByteArray ReplyWriter::proxyErrorPage()
{
    return QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n"
                             "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

QByteArray ReplyWriter::renderBody(const SandboxReply &reply, const FaultSpec &faults)
{
    QByteArray body = reply.body;
    if (reply.isError()) {
        body = ErrorBody::render(reply.errorCode,
            faults.codeAsNumber ? ErrorBody::CodeForm::Number : ErrorBody::CodeForm::String,
            faults.englishMessage ? ErrorBody::MessageLanguage::English
                                  : ErrorBody::MessageLanguage::Chinese,
            reply.errorDetail);
    }
    if (faults.malformed) {
        // Cut inside the JSON so no parser can accept it; an empty reply gets a cut error body.
        if (body.isEmpty())
            body = ErrorBody::render(5031001);
        body.truncate(std::max<qsizetype>(1, body.size() / 2));
    }
    return body;
}

void ReplyWriter::write(
    QHttpServerResponder &responder, const SandboxReply &reply, const FaultSpec &faults)
{
    using Status = QHttpServerResponder::StatusCode;
    QTcpSocket *socket = responder.socket();
    if (faults.html) {
        const QByteArray page = proxyErrorPage();
        if (faults.drop) {
            responder.writeStatusLine(Status::BadGateway);
            responder.writeHeader("Content-Type", "text/html");
            responder.writeHeader("Content-Length", QByteArray::number(page.size()));
            responder.writeHeader("Connection", "close");
            responder.writeBody(page.left(page.size() / 2));
            socket->disconnectFromHost();
            return;
        }
        responder.write(page, "text/html", Status::BadGateway);
        return;
    }
    const auto status = Status(reply.status);
    if (faults.hugeBytes > 0) {
        responder.writeStatusLine(status);
        responder.writeHeader("Content-Type", jsonType);
        responder.writeHeader("Content-Length", QByteArray::number(faults.hugeBytes));
        if (faults.drop)
            responder.writeHeader("Connection", "close");
        responder.writeBody(QByteArray());
        auto *stream = new HugeBodyStream(
            socket, faults.hugeBytes, faults.drop ? faults.hugeBytes / 2 : faults.hugeBytes);
        stream->start();
        return;
    }
    QByteArray body = renderBody(reply, faults);
    if (faults.drop) {
        if (body.isEmpty())
            body = QByteArrayLiteral("{}");
        responder.writeStatusLine(status);
        responder.writeHeader("Content-Type", jsonType);
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeHeader("Connection", "close");
        responder.writeBody(body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    const QByteArray type
        = reply.contentType.isEmpty() || reply.isError() ? jsonType : reply.contentType;
    responder.write(body, { { "Content-Type", type } }, status);
}

} // namespace xlink::sandbox

namespace xlink::sandbox {

void ReplyWriter::writeHead(QHttpServerResponder &responder, const SandboxReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", jsonType);
    responder.writeHeader(
        "Content-Length", QByteArray::number(renderBody(reply, FaultSpec {}).size()));
    responder.writeBody(QByteArray());
}

} // namespace xlink::sandbox
