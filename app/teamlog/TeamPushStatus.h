#pragma once

#include "TeamConnectionError.h"

#include <QDateTime>
#include <QMetaType>

namespace xlink {

// What the background pusher last knew, for a status bar ("team log connected", "N waiting",
// "unreachable since HH:MM").
struct TeamPushStatus
{
    bool connected = false;
    qint64 waiting = 0; // -1: unknown (the local log could not be read)
    qint64 sent = 0; // since the pusher started
    QDateTime unreachableSince; // invalid while reachable
    TeamConnectionError error; // the last attempt's
    QString localError;
};

} // namespace xlink

Q_DECLARE_METATYPE(xlink::TeamPushStatus)
