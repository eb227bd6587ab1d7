#pragma once

#include <QDateTime>
#include <QString>

namespace xlink::sandbox {

// The platform's timestamp form: ISO-8601 UTC with milliseconds, "2014-10-09T08:15:40.843Z".
inline QString isoTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QString nowTimestamp()
{
    return isoTimestamp(QDateTime::currentDateTimeUtc());
}

} // namespace xlink::sandbox
