// The translators a Chinese user gets: the console's own strings and Qt's (standard buttons,
// context menus).
#include "util/Translations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xlink;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(Language::English); }
    void chineseForEveryPart_data();
    void chineseForEveryPart();
};

void TestTranslations::chineseForEveryPart_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("console") << u"xlink::EnvironmentNames"_s << u"Local sandbox"_s << u"本地沙箱"_s;
    QTest::newRow("Qt") << u"QPlatformTheme"_s << u"Cancel"_s << u"取消"_s;
}

void TestTranslations::chineseForEveryPart()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, chinese);
    const QByteArray contextBytes = context.toUtf8();
    const QByteArray sourceBytes = source.toUtf8();
    Translations::install(Language::Chinese);
    const QString translated = QCoreApplication::translate(contextBytes, sourceBytes);
    QCOMPARE(translated, chinese);
    Translations::install(Language::English);
    QCOMPARE(QCoreApplication::translate(contextBytes, sourceBytes), source);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
