#include "ApplicationIconEngine.h"

namespace xlink {

namespace {
constexpr int sizes[] = { 16, 24, 32, 48, 64, 128, 256 };
}

const QIcon &ApplicationIconEngine::decoded()
{
    if (m_icon.isNull()) {
        for (const int size : sizes)
            m_icon.addFile(QStringLiteral(":/xlink/icons/png/xlink-console-%1.png").arg(size),
                QSize(size, size));
    }
    return m_icon;
}

void ApplicationIconEngine::paint(
    QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    decoded().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QPixmap ApplicationIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return decoded().pixmap(size, mode, state);
}

QSize ApplicationIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return decoded().actualSize(size, mode, state);
}

QList<QSize> ApplicationIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    // As QIcon::addFile() registers them: normal and off only (other modes are derived).
    QList<QSize> result;
    if (mode != QIcon::Normal || state != QIcon::Off)
        return result;
    for (const int size : sizes)
        result << QSize(size, size);
    return result;
}

QIconEngine *ApplicationIconEngine::clone() const
{
    return new ApplicationIconEngine;
}

QString ApplicationIconEngine::key() const
{
    return QStringLiteral("xlink-application-icon");
}

bool ApplicationIconEngine::isNull()
{
    return false;
}

} // namespace xlink
