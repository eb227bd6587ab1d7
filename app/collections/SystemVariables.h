#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace xlink {

// The REST Client's system variables that httpyac also knows:
//   {{$guid}} (also $uuid)                a random UUID, new at each use
//   {{$timestamp}} {{$timestamp -1 d}}    Unix time in seconds, optionally offset
//                                         (unit y, M, w, d, h, m, s, ms)
//   {{$randomInt MIN MAX}}                an integer, MIN <= n < MAX
//   {{$datetime iso8601|rfc1123}}         now in UTC
class SystemVariables final
{
public:
    enum class Outcome { Value, Unknown, BadArguments };
    struct Result
    {
        Outcome outcome = Outcome::Unknown;
        QString value;
    };
    // `expression` starts with '$'.
    static Result evaluate(QStringView expression);
};

} // namespace xlink
