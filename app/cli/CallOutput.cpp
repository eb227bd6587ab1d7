#include "CallOutput.h"

#include "call/FailureText.h"
#include "catalogue/ErrorBodyDecoder.h"
#include "catalogue/ErrorCatalogue.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("xlink::cli::CallOutput", text);
}
} // namespace

int CallOutput::exitCode(const CallRecord &record)
{
    switch (record.kind) {
    case CallRecord::Kind::Success:
    case CallRecord::Kind::OffSchema: // the call worked; the note says what differs
        return ExitSuccess;
    case CallRecord::Kind::Platform:
    case CallRecord::Kind::Http:
        return ExitServerError;
    case CallRecord::Kind::Malformed:
        return record.httpStatus >= 400 ? ExitServerError : ExitNoAnswer;
    case CallRecord::Kind::Network:
    case CallRecord::Kind::HostNotFound:
    case CallRecord::Kind::Timeout:
    case CallRecord::Kind::Cancelled:
        return ExitNoAnswer;
    }
    return ExitFailure;
}

QString CallOutput::describeFailure(const CallRecord &record, const ErrorCatalogue &catalogue)
{
    switch (record.kind) {
    case CallRecord::Kind::Success:
        return {};
    case CallRecord::Kind::Platform: {
        const PlatformError &error = *record.platformError;
        QString text = tr("Platform error %1 (HTTP %2)\n")
                           .arg(error.rawCode.isEmpty() ? tr("without a code") : error.rawCode)
                           .arg(record.httpStatus);
        if (const CatalogueEntry *entry = catalogue.find(error.code)) {
            // An imported code may have its text in one language only.
            if (!entry->message.zh.isEmpty())
                text += u"  中文: " + entry->message.zh + u'\n';
            if (!entry->message.en.isEmpty())
                text += u"  English: " + entry->message.en + u'\n';
            if (!error.serverMessage.isEmpty() && error.serverMessage != entry->message.zh
                && error.serverMessage != entry->message.en)
                text += tr("  Server message: %1\n").arg(error.serverMessage);
            if (entry->hint && !entry->hint->isEmpty())
                text += tr("  What to check: %1\n").arg(entry->hint->in(Translations::current()));
        } else {
            text += tr("  This code is not in the catalogue.\n");
            if (!error.serverMessage.isEmpty())
                text += tr("  Server message: %1\n").arg(error.serverMessage);
        }
        if (error.codeWasNumber)
            text += tr("  (the code came as a JSON number, not the documented string)\n");
        return text;
    }
    case CallRecord::Kind::Http: {
        QString text = tr("HTTP %1").arg(record.httpStatus);
        if (const HttpStatusInfo *info = catalogue.httpStatus(record.httpStatus))
            text += u" (" + info->reason + u')';
        text += u'\n';
        if (const QString failure = FailureText::sentence(record); !failure.isEmpty())
            text += u"  " + failure + u'\n';
        else
            text += tr("  The body is not a platform error object.\n");
        return text;
    }
    case CallRecord::Kind::Malformed:
        return tr("HTTP %1 with a body that is not valid JSON: %2\n")
            .arg(record.httpStatus)
            .arg(FailureText::sentence(record));
    case CallRecord::Kind::Network:
    case CallRecord::Kind::HostNotFound:
        return tr("No usable answer: %1\n").arg(FailureText::sentence(record));
    case CallRecord::Kind::Timeout:
        return tr("No usable answer: %1\n").arg(FailureText::sentence(record));
    case CallRecord::Kind::Cancelled:
        return tr("Cancelled.\n");
    case CallRecord::Kind::OffSchema:
        return FailureText::sentence(record) + u'\n';
    }
    return {};
}

QJsonObject CallOutput::toJson(const CallRecord &record, const ErrorCatalogue &catalogue)
{
    QJsonObject headers;
    for (const auto &[name, value] : record.responseHeaders) {
        const QString key = QString::fromLatin1(name);
        const QString text = QString::fromUtf8(value);
        headers.insert(
            key, headers.contains(key) ? headers.value(key).toString() + u", " + text : text);
    }
    QJsonValue body = QString::fromUtf8(record.responseBody);
    if (!record.responseBody.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(record.responseBody, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            body
                = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    QJsonValue error = QJsonValue::Null;
    if (record.platformError) {
        const PlatformError &e = *record.platformError;
        QJsonObject decoded { { u"code"_s, e.rawCode }, { u"codeWasNumber"_s, e.codeWasNumber },
            { u"serverMessage"_s, e.serverMessage } };
        if (const CatalogueEntry *entry = catalogue.find(e.code)) {
            auto text = [](const QString &message) {
                return message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(message);
            };
            decoded.insert(u"zh"_s, text(entry->message.zh));
            decoded.insert(u"en"_s, text(entry->message.en));
        } else {
            decoded.insert(u"zh"_s, QJsonValue::Null);
            decoded.insert(u"en"_s, QJsonValue::Null);
        }
        error = decoded;
    }
    return QJsonObject {
        { u"status"_s, record.httpStatus },
        { u"headers"_s, headers },
        { u"body"_s, body },
        { u"durationMs"_s, record.durationMs },
        { u"error"_s, error },
        { u"kind"_s, CallRecord::kindName(record.kind) },
        { u"message"_s,
            FailureText::sentence(record).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(FailureText::sentence(record)) },
    };
}

} // namespace xlink::cli
