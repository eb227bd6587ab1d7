#include "TeamPushStatusText.h"

#include <QLocale>

namespace xlink {

QString TeamPushStatusText::describe(const TeamPushStatus &status)
{
    const int waiting = int(std::max<qint64>(0, status.waiting));
    if (status.connected)
        return waiting == 0 ? tr("Team log: connected")
                            : tr("Team log: %n waiting", nullptr, waiting);
    if (!status.localError.isEmpty())
        return tr("Team log: the local log cannot be read");
    if (status.error.kind == TeamConnectionError::Kind::Unreachable
        && status.unreachableSince.isValid())
        return tr("Team log unreachable since %1 (%n waiting)", nullptr, waiting)
            .arg(QLocale().toString(
                status.unreachableSince.toLocalTime().time(), QLocale::ShortFormat));
    if (!status.error.ok())
        return tr("Team log: not sending (%n waiting)", nullptr, waiting);
    return tr("Team log: connecting");
}

QString TeamPushStatusText::detail(const TeamPushStatus &status)
{
    if (!status.localError.isEmpty())
        return status.localError;
    return status.error.message();
}

} // namespace xlink
