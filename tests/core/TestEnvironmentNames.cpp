// How records name the built-in environments: untranslated when stored, in the interface
// language when shown, recognised in either language (and in the Chinese form older records
// carry) when found or filtered.
#include "call/EnvironmentNames.h"
#include "util/Translations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xlink;

class TestEnvironmentNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(Language::English); }

    void recordedIsUntranslated_data();
    void recordedIsUntranslated();
    void builtInsFoundInEitherLanguage_data();
    void builtInsFoundInEitherLanguage();
    void shownInTheInterfaceLanguage();
    void canonicalForMachineOutput();
    void recordedFormsForFilters();
};

void TestEnvironmentNames::recordedIsUntranslated_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("English") << int(Language::English);
    QTest::newRow("Chinese") << int(Language::Chinese);
}

void TestEnvironmentNames::recordedIsUntranslated()
{
    QFETCH(int, language);
    Translations::install(Language(language));
    const QString sandbox = EnvironmentNames::sandboxId.toString();
    QCOMPARE(EnvironmentNames::recorded(sandbox, EnvironmentNames::builtInName(sandbox)),
        u"Local sandbox"_s);
    QCOMPARE(EnvironmentNames::recorded(EnvironmentNames::productionId, u"whatever"_s),
        u"XLink production"_s);
    QCOMPARE(EnvironmentNames::recorded(u"3f2a-user-id", u"Staging 本地"_s), u"Staging 本地"_s);
    QCOMPARE(
        EnvironmentNames::recorded(u"", u"http://127.0.0.1:8080"_s), u"http://127.0.0.1:8080"_s);
}

void TestEnvironmentNames::builtInsFoundInEitherLanguage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    const QString sandbox = EnvironmentNames::sandboxId.toString();
    const QString production = EnvironmentNames::productionId.toString();
    QTest::newRow("English") << u"Local sandbox"_s << sandbox;
    QTest::newRow("any case, spaces") << u"  local SANDBOX "_s << sandbox;
    QTest::newRow("Chinese") << u"本地沙箱"_s << sandbox;
    QTest::newRow("production English") << u"XLink production"_s << production;
    QTest::newRow("production Chinese") << u"云智易生产环境"_s << production;
    QTest::newRow("user environment") << u"Staging"_s << QString();
    QTest::newRow("part of a name") << u"sandbox"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEnvironmentNames::builtInsFoundInEitherLanguage()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QCOMPARE(EnvironmentNames::builtInIdOf(name), id);
    Translations::install(Language::Chinese);
    QCOMPARE(EnvironmentNames::builtInIdOf(name), id);
}

void TestEnvironmentNames::shownInTheInterfaceLanguage()
{
    QCOMPARE(EnvironmentNames::shown(u"Local sandbox"_s), u"Local sandbox"_s);
    QCOMPARE(EnvironmentNames::shown(u"本地沙箱"_s), u"Local sandbox"_s);
    QCOMPARE(EnvironmentNames::shown(u"Staging"_s), u"Staging"_s);
    Translations::install(Language::Chinese);
    QCOMPARE(EnvironmentNames::shown(u"Local sandbox"_s), u"本地沙箱"_s);
    QCOMPARE(EnvironmentNames::shown(u"XLink production"_s), u"云智易生产环境"_s);
    QCOMPARE(EnvironmentNames::shown(u"Staging"_s), u"Staging"_s);
    QCOMPARE(EnvironmentNames::builtInName(EnvironmentNames::sandboxId), u"本地沙箱"_s);
    QVERIFY(EnvironmentNames::builtInName(u"3f2a-user-id").isEmpty());
}

void TestEnvironmentNames::canonicalForMachineOutput()
{
    Translations::install(Language::Chinese);
    QCOMPARE(EnvironmentNames::canonical(u"本地沙箱"_s), u"Local sandbox"_s);
    QCOMPARE(EnvironmentNames::canonical(u"Local sandbox"_s), u"Local sandbox"_s);
    QCOMPARE(EnvironmentNames::canonical(u"Staging"_s), u"Staging"_s);
}

void TestEnvironmentNames::recordedFormsForFilters()
{
    const QStringList sandbox { u"Local sandbox"_s, u"本地沙箱"_s };
    QCOMPARE(EnvironmentNames::recordedForms(u"local sandbox"_s), sandbox);
    QCOMPARE(EnvironmentNames::recordedForms(u"本地沙箱"_s), sandbox);
    QCOMPARE(EnvironmentNames::recordedForms(u"Staging"_s), QStringList { u"Staging"_s });
}

QTEST_GUILESS_MAIN(TestEnvironmentNames)
#include "TestEnvironmentNames.moc"
