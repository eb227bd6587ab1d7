#pragma once

#include <QIcon>
#include <QIconEngine>

namespace xlink {

// The pictograms of the main window's pages, drawn with QPainter in the palette's text colour
// at any size. They stand in when the desktop's icon theme has no such icon: the style's file
// dialog and drive icons they replace were PNGs decoded at every size before the first paint.
class PageIconEngine final : public QIconEngine
{
public:
    enum class Kind { Search, Decode, Network, List };

    explicit PageIconEngine(Kind kind);
    ~PageIconEngine() override = default;

    // The theme's icon `themeName` when the theme has one, else this pictogram.
    static QIcon icon(const QString &themeName, Kind kind);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    Kind m_kind;
};

} // namespace xlink
