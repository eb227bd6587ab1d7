// The identity both executables apply, and the icon compiled into the console.
#include "ApplicationIcon.h"
#include "util/ApplicationIdentity.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestApplicationIdentity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dataAndSettingsLiveWhereTheReadmeSays();
    void versionIsTheProjectVersion();
    void iconHasEverySizeCompiledIn();
    void smallIconIsTheGridDrawnOne();

private:
    QTemporaryDir m_home;
};

void TestApplicationIdentity::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    ApplicationIdentity::apply();
}

void TestApplicationIdentity::dataAndSettingsLiveWhereTheReadmeSays()
{
    // The failure log and user catalogue go here for the GUI and the CLI alike.
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        m_home.filePath(u"data/xlink-console/xlink-console"_s));
    QCOMPARE(QSettings().fileName(), m_home.filePath(u"config/xlink-console/xlink-console.conf"_s));
}

void TestApplicationIdentity::versionIsTheProjectVersion()
{
    QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(XLINK_VERSION));
    QVERIFY(QCoreApplication::applicationVersion().contains(u'.'));
}

void TestApplicationIdentity::iconHasEverySizeCompiledIn()
{
    const QIcon icon = ApplicationIcon::icon();
    QVERIFY(!icon.isNull());
    QList<QSize> sizes = icon.availableSizes();
    QCOMPARE(sizes.size(), 7);
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    QVERIFY(QFile::exists(u":/xlink/icons/xlink-console.svg"_s));
}

void TestApplicationIdentity::smallIconIsTheGridDrawnOne()
{
    // The 16 px rendering is drawn on the pixel grid: its pixels are the three flat colours (and
    // the anti-aliased rounded corners), not the blur of a scaled-down large icon.
    const QImage image
        = ApplicationIcon::icon().pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(16, 16));
    const QList<QRgb> flat
        = { qRgb(0x1f, 0x66, 0xb4), qRgb(0xff, 0xff, 0xff), qRgb(0xff, 0xb0, 0x20) };
    for (int y = 1; y < 15; ++y) {
        for (int x = 1; x < 15; ++x) {
            const QRgb pixel = image.pixel(x, y);
            QVERIFY2(qAlpha(pixel) == 255
                    && flat.contains(qRgb(qRed(pixel), qGreen(pixel), qBlue(pixel))),
                qPrintable(u"pixel %1,%2 is %3"_s.arg(x).arg(y).arg(pixel, 8, 16)));
        }
    }
}

QTEST_MAIN(TestApplicationIdentity)
#include "TestApplicationIdentity.moc"
