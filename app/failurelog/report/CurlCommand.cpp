#include "report/CurlCommand.h"

#include "call/Redactor.h"

namespace xlink {

namespace {

// `text` quoted for bash onto the end of `out`.
void appendQuoted(QString &out, QStringView text)
{
    out += u'\'';
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(u'\''); at >= 0; at = text.indexOf(u'\'', from)) {
        out += text.sliced(from, at - from);
        out += u"'\\''";
        from = at + 1;
    }
    out += text.sliced(from);
    out += u'\'';
}

} // namespace

QString CurlCommand::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    appendQuoted(out, text);
    return out;
}

QString CurlCommand::of(const CallRecord &call)
{
    return command(call, call.url.toString(QUrl::FullyEncoded));
}

QString CurlCommand::of(const StoredCall &stored)
{
    return command(stored.call, stored.entry.url);
}

QString CurlCommand::command(const CallRecord &call, const QString &encodedUrl)
{
    // One string built in place: a report makes one command per record.
    QString out;
    out.reserve(256 + call.requestBody.size());
    out += u"curl";
    const QByteArray method = call.method.isEmpty() ? QByteArrayLiteral("GET") : call.method;
    if (method != "GET" || !call.requestBody.isEmpty()) {
        out += u" -X ";
        out += QLatin1StringView(method);
    }
    out += u' ';
    appendQuoted(out, encodedUrl);
    for (const auto &[name, value] : call.requestHeaders) {
        // A named reference: clang 14 cannot capture a structured binding.
        const auto &headerName = name;
        auto is = [&headerName](QByteArrayView other) {
            return headerName.compare(other, Qt::CaseInsensitive) == 0;
        };
        // Set by curl itself from the command.
        if (is("content-length") || is("host") || is("accept-encoding") || is("connection"))
            continue;
        if (is("access-token") && value == Redactor::placeholder()) {
            out += u" -H \"";
            out += QLatin1StringView(name);
            out += u": ${XLINK_ACCESS_TOKEN}\"";
            continue;
        }
        out += u" -H ";
        appendQuoted(out, QString(QString::fromLatin1(name) + u": " + QString::fromUtf8(value)));
    }
    if (!call.requestBody.isEmpty()) {
        out += u" --data-raw ";
        appendQuoted(out, QString::fromUtf8(call.requestBody));
    }
    return out;
}

} // namespace xlink
