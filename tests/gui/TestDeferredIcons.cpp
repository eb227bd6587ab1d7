// The icons drawn or decoded on first use instead of before the first paint: the page
// pictograms and the style's deferred standard icons.
#include "DeferredIconStyle.h"
#include "PageIconEngine.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace xlink;

namespace {

// Counts what the proxy asks of the real style.
class CountingStyle final : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    { }

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
        const QWidget *widget) const override
    {
        ++asked;
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }

    mutable int asked = 0;
};

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestDeferredIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagePictogramsAreDrawn();
    void pagePictogramsFollowTheMode();
    void deferredIconIsDecodedOnFirstUse();
    void otherIconsAreNotDeferred();
    void toolBarUnderTheStyleDecodesNothingUntilShown();
};

void TestDeferredIcons::pagePictogramsAreDrawn()
{
    QList<QImage> images;
    for (const auto kind : { PageIconEngine::Kind::Search, PageIconEngine::Kind::Decode,
             PageIconEngine::Kind::Network, PageIconEngine::Kind::List }) {
        const QIcon icon(new PageIconEngine(kind));
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(24, 24)).toImage();
        QCOMPARE(image.size(), QSize(24, 24));
        // Drawn, not a full square: some pixels are ink, most are background.
        const int ink = opaquePixels(image);
        QVERIFY2(ink > 20 && ink < 24 * 24 / 2, qPrintable(QString::number(ink)));
        QVERIFY(!images.contains(image));
        images.append(image);
        // Any size, and the device pixel ratio of a high-density screen.
        QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48));
        const QPixmap dense = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(dense.size(), QSize(48, 48));
        QCOMPARE(dense.devicePixelRatio(), 2.0);
    }
    // Without the theme icon, the name falls back to the pictogram.
    const QIcon fallback = PageIconEngine::icon(
        QStringLiteral("xlink-no-such-theme-icon"), PageIconEngine::Kind::Search);
    QCOMPARE(fallback.pixmap(QSize(24, 24)).toImage(), images.constFirst());
}

void TestDeferredIcons::pagePictogramsFollowTheMode()
{
    const QIcon icon(new PageIconEngine(PageIconEngine::Kind::List));
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Active, QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, Qt::gray);
    QApplication::setPalette(palette);
    const QImage normal = icon.pixmap(QSize(24, 24), QIcon::Normal).toImage();
    const QImage disabled = icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
    QCOMPARE(opaquePixels(normal), opaquePixels(disabled));
    QVERIFY(normal != disabled);
    QApplication::setPalette(QPalette());
}

void TestDeferredIcons::deferredIconIsDecodedOnFirstUse()
{
    auto *counting = new CountingStyle;
    DeferredIconStyle style(counting);
    QVERIFY(DeferredIconStyle::defers(QStyle::SP_ToolBarHorizontalExtensionButton));
    const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QVERIFY(!icon.isNull());
    QCOMPARE(counting->asked, 0);

    const QImage deferred = icon.pixmap(QSize(16, 16)).toImage();
    QCOMPARE(counting->asked, 1);
    const QImage direct
        = counting->QProxyStyle::standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
              .pixmap(QSize(16, 16))
              .toImage();
    QVERIFY(!direct.isNull());
    QCOMPARE(deferred, direct);
    // Decoded once, not on every use.
    icon.pixmap(QSize(32, 32));
    QVERIFY(!icon.availableSizes().isEmpty());
    QCOMPARE(counting->asked, 1);
}

void TestDeferredIcons::otherIconsAreNotDeferred()
{
    auto *counting = new CountingStyle;
    DeferredIconStyle style(counting);
    QVERIFY(!DeferredIconStyle::defers(QStyle::SP_MessageBoxWarning));
    const QIcon icon = style.standardIcon(QStyle::SP_MessageBoxWarning);
    QCOMPARE(counting->asked, 1);
    QVERIFY(!icon.isNull());
}

void TestDeferredIcons::toolBarUnderTheStyleDecodesNothingUntilShown()
{
    // Control: under the real style, a tool bar asks for its extension button's icon at once.
    auto *plain = new CountingStyle;
    QApplication::setStyle(plain);
    {
        QToolBar toolBar;
        QVERIFY(plain->asked > 0);
    }

    auto *counting = new CountingStyle;
    QApplication::setStyle(new DeferredIconStyle(counting));
    {
        QToolBar toolBar;
        toolBar.setOrientation(Qt::Vertical);
        QCOMPARE(counting->asked, 0);
        // Shown when the bar overflows: then it is decoded, from the real style.
        auto *extension = toolBar.findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(extension);
        QVERIFY(!extension->icon().pixmap(QSize(16, 16)).isNull());
        QCOMPARE(counting->asked, 1);
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

QTEST_MAIN(TestDeferredIcons)
#include "TestDeferredIcons.moc"
