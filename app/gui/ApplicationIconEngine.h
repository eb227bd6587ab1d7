#pragma once

#include <QIcon>
#include <QIconEngine>

namespace xlink {

// The application icon's sizes, decoded on first use. QIcon::addFile() decodes each PNG at
// once, which the window's first paint would wait for although nothing shows the icon yet.
class ApplicationIconEngine final : public QIconEngine
{
public:
    ApplicationIconEngine() = default;
    ~ApplicationIconEngine() override = default;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    const QIcon &decoded();

    QIcon m_icon;
};

} // namespace xlink
