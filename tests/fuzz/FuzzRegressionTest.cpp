// Replays a fuzz target's seed corpus and its saved crash inputs in a normal (or sanitized)
// build: every input that ever crashed a parser stays a test.
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzRegression final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputs_data();
    void inputs();
};

void TestFuzzRegression::inputs_data()
{
    QTest::addColumn<QString>("path");
    int seeds = 0;
    const QString target = QStringLiteral(XLINK_FUZZ_TARGET);
    for (const QString &kind : { u"corpus"_s, u"regressions"_s }) {
        const QDir dir(QStringLiteral(XLINK_FUZZ_DIR) + u'/' + kind + u'/' + target);
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names)
            QTest::newRow(qPrintable(kind + u'/' + name)) << dir.filePath(name);
        if (kind == u"corpus")
            seeds = int(names.size());
    }
    // An empty seed corpus would make this test pass vacuously.
    QVERIFY2(seeds > 0, "the seed corpus of " XLINK_FUZZ_TARGET " is empty");
}

void TestFuzzRegression::inputs()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray data = file.readAll();
    QCOMPARE(LLVMFuzzerTestOneInput(
                 reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())),
        0);
}

QTEST_GUILESS_MAIN(TestFuzzRegression)
#include "FuzzRegressionTest.moc"
