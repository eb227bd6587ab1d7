#pragma once

#include "TeamPushStatus.h"

#include <QCoreApplication>
#include <QString>

namespace xlink {

// The status bar's words for the background pusher: "Team log: connected", "Team log: 12
// waiting", "Team log unreachable since 14:05 (12 waiting)", or the refusal in the user's words.
class TeamPushStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::TeamPushStatusText)

public:
    static QString describe(const TeamPushStatus &status);
    // The longer form, for the label's tooltip: the reason as TeamConnectionError says it.
    static QString detail(const TeamPushStatus &status);
};

} // namespace xlink
