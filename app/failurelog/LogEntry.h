#pragma once

#include "call/CallRecord.h"
#include "call/FailureText.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace xlink {

// One row of the log as a table shows it: everything but headers and bodies, so a page of
// rows is cheap to fetch.
struct LogEntry
{
    qint64 id = 0;
    QDateTime time; // UTC
    QString environment;
    QByteArray method;
    QString url; // redacted, fully encoded
    QString endpoint; // see EndpointTemplate
    int httpStatus = 0; // 0: no HTTP answer
    std::optional<int> code; // platform code
    CallRecord::Kind kind = CallRecord::Kind::Success;
    QString zh; // the catalogue's (or a fixed) description, both languages
    QString en;
    QString serverMessage;
    QJsonObject errorData; // see CallRecord::errorData; FailureText says it in words
    QString errorText;
    qint64 durationMs = 0;
    qint64 requestSize = 0; // original sizes, before the body cap
    qint64 responseSize = 0;
    // Who sent it to the team log (TeamQuery, TeamLocalCopy); empty for this machine's own.
    QString sender;
    bool failure() const { return kind != CallRecord::Kind::Success; }
    // What went wrong, in words, in the current language (FailureText); empty when the kind,
    // status and messages say it all.
    QString failureText() const { return FailureText::sentence(httpStatus, errorData, errorText); }
};

// A full stored call: the row plus the call itself (headers and capped bodies).
struct StoredCall
{
    LogEntry entry;
    CallRecord call;
};

} // namespace xlink
