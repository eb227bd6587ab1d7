#include "SpillFile.h"

#include "LogCategory.h"
#include "RecordInserter.h"
#include "util/OwnerOnlyFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTimeZone>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

// The spill lock is only ever held for an append or a take-in of a few calls.
constexpr int lockWaitMs = 2000;

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {
            QString::fromLatin1(name.toBase64()), QString::fromLatin1(value.toBase64()) });
    return array;
}

HeaderList headersFromJson(const QJsonArray &array)
{
    HeaderList headers;
    for (const QJsonValue &pair : array)
        headers.append({ QByteArray::fromBase64(pair[0].toString().toLatin1()),
            QByteArray::fromBase64(pair[1].toString().toLatin1()) });
    return headers;
}

QByteArray toLine(const CallRecord &record)
{
    QJsonObject object {
        { u"startedAt"_s, record.startedAt.toMSecsSinceEpoch() },
        { u"environment"_s, record.environment },
        { u"purpose"_s, CallRecord::purposeName(record.purpose) },
        { u"method"_s, QString::fromLatin1(record.method) },
        { u"url"_s, record.url.toString(QUrl::FullyEncoded) },
        { u"requestHeaders"_s, headersToJson(record.requestHeaders) },
        { u"requestBody"_s, QString::fromLatin1(record.requestBody.toBase64()) },
        { u"httpStatus"_s, record.httpStatus },
        { u"responseHeaders"_s, headersToJson(record.responseHeaders) },
        { u"responseBody"_s, QString::fromLatin1(record.responseBody.toBase64()) },
        { u"responseSize"_s, record.responseSize },
        { u"durationMs"_s, record.durationMs },
        { u"kind"_s, CallRecord::kindName(record.kind) },
        { u"errorText"_s, record.errorText },
    };
    if (!record.errorData.isEmpty())
        object.insert(u"errorData"_s, record.errorData);
    if (record.platformError) {
        object.insert(u"platformError"_s,
            QJsonObject { { u"code"_s, record.platformError->code },
                { u"rawCode"_s, record.platformError->rawCode },
                { u"codeWasNumber"_s, record.platformError->codeWasNumber },
                { u"serverMessage"_s, record.platformError->serverMessage } });
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<CallRecord> fromLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
    if (error.error != QJsonParseError::NoError || object.isEmpty())
        return std::nullopt;
    CallRecord record;
    record.startedAt
        = QDateTime::fromMSecsSinceEpoch(object[u"startedAt"].toInteger(), QTimeZone::utc());
    record.environment = object[u"environment"].toString();
    record.purpose = CallRecord::purposeFromName(object[u"purpose"].toString())
                         .value_or(CallRecord::Purpose::Request);
    record.method = object[u"method"].toString().toLatin1();
    record.url = QUrl::fromEncoded(object[u"url"].toString().toLatin1());
    record.requestHeaders = headersFromJson(object[u"requestHeaders"].toArray());
    record.requestBody = QByteArray::fromBase64(object[u"requestBody"].toString().toLatin1());
    record.httpStatus = object[u"httpStatus"].toInt();
    record.responseHeaders = headersFromJson(object[u"responseHeaders"].toArray());
    record.responseBody = QByteArray::fromBase64(object[u"responseBody"].toString().toLatin1());
    record.responseSize = object[u"responseSize"].toInteger();
    record.durationMs = object[u"durationMs"].toInteger();
    record.kind
        = CallRecord::kindFromName(object[u"kind"].toString()).value_or(CallRecord::Kind::Network);
    record.errorText = object[u"errorText"].toString();
    record.errorData = object[u"errorData"].toObject();
    if (object.contains(u"platformError")) {
        const QJsonObject error = object[u"platformError"].toObject();
        record.platformError = PlatformError { error[u"code"].toInt(), error[u"rawCode"].toString(),
            error[u"codeWasNumber"].toBool(), error[u"serverMessage"].toString() };
    }
    return record;
}

} // namespace

SpillFile::SpillFile(const QString &logPath)
    : m_path(logPath + u".spill"_s)
    , m_lockPath(logPath + u".spill.lock"_s)
{ }

bool SpillFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool SpillFile::append(const QList<RedactedCall> &records, qint64 bodyCapBytes, QString *error)
{
    if (records.isEmpty())
        return true;
    QLockFile lock(m_lockPath);
    if (!lock.tryLock(lockWaitMs)) {
        *error = QStringLiteral("%1 is locked by another process").arg(m_lockPath);
        return false;
    }
    // Owner-only from its first byte, like the log.
    if (!OwnerOnlyFiles::ensureFile(m_path, error))
        return false;
    QByteArray lines;
    for (const RedactedCall &record : records)
        lines += toLine(RecordInserter::prepared(record, bodyCapBytes));
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(lines) != lines.size() || !file.flush()) {
        *error = file.errorString();
        // A partly written line is skipped when read: the lines before it are intact.
        return false;
    }
    return true;
}

QList<CallRecord> SpillFile::read() const
{
    QList<CallRecord> records;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return records;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (const std::optional<CallRecord> record = fromLine(line))
            records.append(*record);
        else if (!line.trimmed().isEmpty())
            qCWarning(lcFailureLog) << "skipping an unreadable line of" << m_path;
    }
    return records;
}

qint64 SpillFile::takeInto(QSqlDatabase &db, std::shared_ptr<const ErrorCatalogue> catalogue)
{
    if (!exists())
        return 0;
    QLockFile lock(m_lockPath);
    if (!lock.tryLock(lockWaitMs)) {
        qCDebug(lcFailureLog) << "kept calls stay in" << m_path << "for now:" << m_lockPath
                              << "is locked by another process";
        return -1;
    }
    const QList<CallRecord> records = read();
    if (!records.isEmpty()) {
        RecordInserter inserter(db, 0);
        inserter.setCatalogue(std::move(catalogue));
        inserter.setWaitForLock(false);
        QString error;
        if (inserter.insert(records, &error).isEmpty()) {
            qCDebug(lcFailureLog) << "kept calls stay in" << m_path << "for now:" << error;
            return -1;
        }
    }
    if (!QFile::remove(m_path)) {
        // Taken in already: a second take-in would write them twice. Empty it instead.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qCWarning(lcFailureLog) << "cannot remove" << m_path << file.errorString();
    }
    qCDebug(lcFailureLog) << "wrote" << records.size() << "kept calls from" << m_path;
    return records.size();
}

} // namespace xlink
