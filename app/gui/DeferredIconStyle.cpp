#include "DeferredIconStyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

namespace xlink {

namespace {

// Asks the style for the icon on first use. The option is kept by value (only its direction
// matters to standard icons); the style is the proxied one, which lives as long as the proxy.
class DeferredStandardIconEngine final : public QIconEngine
{
public:
    DeferredStandardIconEngine(QPointer<QStyle> style, QStyle::StandardPixmap standardPixmap,
        Qt::LayoutDirection direction)
        : m_style(std::move(style))
        , m_standardPixmap(standardPixmap)
        , m_direction(direction)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        // QIcon passes the size in device pixels already.
        QPixmap pixmap = icon().pixmap(size, mode, state);
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QIconEngine *clone() const override
    {
        auto *copy = new DeferredStandardIconEngine(m_style, m_standardPixmap, m_direction);
        copy->m_icon = m_icon;
        copy->m_resolved = m_resolved;
        return copy;
    }
    QString key() const override { return QStringLiteral("xlink-deferred-standard-icon"); }
    // Only icons the style always has are deferred (DeferredIconStyle::defers), so asking
    // whether the icon is null need not decode it.
    bool isNull() override { return m_resolved ? m_icon.isNull() : false; }

private:
    const QIcon &icon()
    {
        if (!m_resolved) {
            m_resolved = true;
            if (m_style) {
                QStyleOption option;
                option.direction = m_direction;
                m_icon = m_style->standardIcon(m_standardPixmap, &option);
            }
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_standardPixmap;
    Qt::LayoutDirection m_direction;
    QIcon m_icon;
    bool m_resolved = false;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{ }

DeferredIconStyle::~DeferredIconStyle() = default;

bool DeferredIconStyle::defers(StandardPixmap standardIcon)
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton:
        return true;
    default:
        return false;
    }
}

QIcon DeferredIconStyle::standardIcon(
    StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (!defers(standardIcon))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    const Qt::LayoutDirection direction = option ? option->direction
        : widget                                 ? widget->layoutDirection()
                                                 : QGuiApplication::layoutDirection();
    return QIcon(new DeferredStandardIconEngine(baseStyle(), standardIcon, direction));
}

} // namespace xlink
