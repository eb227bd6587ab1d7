// The user catalogue of imported pages: where it lives, how it is written, merged and repaired.
#include "FileSizeLimit.h"
#include "catalogue/ErrorCatalogue.h"
#include "catalogue/UserCatalogue.h"
#include "util/ApplicationIdentity.h"
#include "util/OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

QString pagePath(const QString &name)
{
    return u"" XLINK_TEST_DATA_DIR "/pages/"_s + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUserCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void livesInTheDataDirectory();
    void withoutFileIsTheBuiltin();
    void dryRunWritesNothing();
    void importMergesAndMarksSources();
    void writesOwnerOnlyFileInTheCatalogueSchema();
    void reimportReplacesThePage();
    void malformedPageChangesNothing();
    void corruptFileIsMovedAside();
    void writeOverADirectoryIsReported();
    void fullDiskKeepsTheOldFileAndSaysWhy();

private:
    std::unique_ptr<QTemporaryDir> m_dataHome;
};

void TestUserCatalogue::init()
{
    m_dataHome = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataHome->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome->path()));
    ApplicationIdentity::apply();
}

void TestUserCatalogue::cleanup()
{
    m_dataHome.reset();
}

void TestUserCatalogue::livesInTheDataDirectory()
{
    QCOMPARE(UserCatalogue::filePath(),
        m_dataHome->path() + u"/xlink-console/xlink-console/user-catalogue.json"_s);
}

void TestUserCatalogue::withoutFileIsTheBuiltin()
{
    QString warning;
    const ErrorCatalogue merged = UserCatalogue::loadMerged(&warning);
    QVERIFY(warning.isEmpty());
    QCOMPARE(merged.entries().size(), ErrorCatalogue::builtin().entries().size());
    QVERIFY(!QFile::exists(UserCatalogue::filePath()));
}

void TestUserCatalogue::dryRunWritesNothing()
{
    const UserCatalogue::ImportReport report = UserCatalogue::importPage(
        pagePath(u"no-outer-pipes.md"_s), UserCatalogue::ImportMode::DryRun);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.parsed.size(), 5);
    QCOMPARE(report.added, 1); // 4001250
    QCOMPARE(report.differing, 1); // 4031022 says something else on the built-in list
    QCOMPARE(report.unchanged, 3);
    QCOMPARE(report.source, u"import:no-outer-pipes.md"_s);
    QVERIFY(!QFile::exists(UserCatalogue::filePath()));
    QVERIFY(!QFileInfo::exists(QFileInfo(UserCatalogue::filePath()).path()));
}

void TestUserCatalogue::importMergesAndMarksSources()
{
    const UserCatalogue::ImportReport report
        = UserCatalogue::importPage(pagePath(u"no-outer-pipes.md"_s));
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(!report.replacedEarlierImport);

    QString warning;
    const ErrorCatalogue merged = UserCatalogue::loadMerged(&warning);
    QVERIFY(warning.isEmpty());
    QCOMPARE(merged.entries().size(), ErrorCatalogue::builtin().entries().size() + 1);

    const CatalogueEntry *added = merged.find(4001250);
    QVERIFY(added);
    QVERIFY(!added->builtin);
    QCOMPARE(added->message.zh, u"设备影子版本冲突"_s);
    QCOMPARE(added->httpStatus, 400);
    QCOMPARE(added->pages, QStringList { u"import:no-outer-pipes.md"_s });

    // A differing text keeps the built-in one and shows the imported one beside it.
    const CatalogueEntry *differing = merged.find(4031022);
    QVERIFY(differing);
    QCOMPARE(differing->message.zh, ErrorCatalogue::builtin().find(4031022)->message.zh);
    QCOMPARE(differing->variants.size(), 1);
    QCOMPARE(differing->variants.first().kind, CatalogueVariant::Kind::Imported);
    QCOMPARE(differing->variants.first().text.zh, u"设备影子无访问权限"_s);
    QCOMPARE(differing->variants.first().source, u"import:no-outer-pipes.md"_s);

    const CatalogueEntry *same = merged.find(4031003);
    QVERIFY(same->variants.isEmpty());
    QVERIFY(same->pages.contains(u"import:no-outer-pipes.md"_s));

    // The built-in catalogue itself is untouched.
    QVERIFY(!ErrorCatalogue::builtin().find(4001250));
    QVERIFY(ErrorCatalogue::builtin().find(4031022)->variants.isEmpty());
}

void TestUserCatalogue::writesOwnerOnlyFileInTheCatalogueSchema()
{
    QVERIFY(UserCatalogue::importPage(pagePath(u"outer-pipes-aligned.md"_s)).ok);
    const QString path = UserCatalogue::filePath();
    QCOMPARE(QFileInfo(path).permissions() & 0x0777 /* user/group/other bits */,
        QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser));
    const auto ownerOnly = QFileDevice::Permissions(
        QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(QFileInfo(QFileInfo(path).path()).permissions() & 0x0777, ownerOnly);
    QCOMPARE(m_dataHome->path() + u"/xlink-console/xlink-console"_s, QFileInfo(path).path());
    QCOMPARE(QFileInfo(m_dataHome->path() + u"/xlink-console"_s).permissions() & 0x0777, ownerOnly);

    const QByteArray json = readAll(path);
    QString error;
    const ErrorCatalogue asCatalogue = ErrorCatalogue::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(asCatalogue.entries().size(), 5);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject first = root.value(u"codes").toArray().first().toObject();
    for (const QString &key : { u"code"_s, u"httpStatus"_s, u"number"_s, u"zh"_s, u"en"_s,
             u"pages"_s, u"hint"_s, u"variants"_s })
        QVERIFY2(first.contains(key), qPrintable(key));
    QCOMPARE(first.value(u"number").toString(), u"1003"_s);
    QCOMPARE(root.value(u"imports").toArray().first().toObject().value(u"file").toString(),
        u"outer-pipes-aligned.md"_s);
}

void TestUserCatalogue::reimportReplacesThePage()
{
    QVERIFY(UserCatalogue::importPage(pagePath(u"no-outer-pipes.md"_s)).ok);
    QVERIFY(UserCatalogue::importPage(pagePath(u"outer-pipes-aligned.md"_s)).ok);
    const UserCatalogue::ImportReport again
        = UserCatalogue::importPage(pagePath(u"no-outer-pipes.md"_s));
    QVERIFY(again.ok);
    QVERIFY(again.replacedEarlierImport);
    QCOMPARE(again.added, 1);
    QCOMPARE(again.differing, 1);

    const ErrorCatalogue merged = UserCatalogue::loadMerged();
    QCOMPARE(merged.find(4031022)->variants.size(), 1);
    QVERIFY(merged.find(4041099)); // the other page stays
    QVERIFY(merged.find(4001250));
    const QJsonObject root = QJsonDocument::fromJson(readAll(UserCatalogue::filePath())).object();
    QCOMPARE(root.value(u"imports").toArray().size(), 2);
    QCOMPARE(root.value(u"codes").toArray().size(), 10);
}

void TestUserCatalogue::malformedPageChangesNothing()
{
    QVERIFY(UserCatalogue::importPage(pagePath(u"no-outer-pipes.md"_s)).ok);
    const QByteArray before = readAll(UserCatalogue::filePath());
    const UserCatalogue::ImportReport report
        = UserCatalogue::importPage(pagePath(u"malformed-wrong-section.md"_s));
    QVERIFY(!report.ok);
    QCOMPARE(report.errorLine, 14);
    QVERIFY(report.parsed.isEmpty());
    QCOMPARE(readAll(UserCatalogue::filePath()), before);

    const UserCatalogue::ImportReport missing
        = UserCatalogue::importPage(pagePath(u"does-not-exist.md"_s));
    QVERIFY(!missing.ok);
    QVERIFY(missing.error.contains(u"does-not-exist.md"_s));
}

void TestUserCatalogue::corruptFileIsMovedAside()
{
    const QString path = UserCatalogue::filePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema\":1,\"codes\":[{\"code\":");
    file.close();

    QString warning;
    const ErrorCatalogue merged = UserCatalogue::loadMerged(&warning);
    QVERIFY(!warning.isEmpty());
    QCOMPARE(merged.entries().size(), ErrorCatalogue::builtin().entries().size());
    QVERIFY(!QFile::exists(path));
    const QStringList aside = QDir(QFileInfo(path).path())
                                  .entryList({ u"user-catalogue.json.corrupt-*"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(warning.contains(aside.first()));
    QCOMPARE(readAll(QFileInfo(path).path() + u'/' + aside.first()),
        QByteArray("{\"schema\":1,\"codes\":[{\"code\":"));

    // A valid file of another shape is as unusable as broken JSON.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema\":1,\"imports\":[],\"codes\":[{\"code\":123,\"zh\":\"x\"}]}");
    file.close();
    warning.clear();
    UserCatalogue::loadMerged(&warning);
    QVERIFY(!warning.isEmpty());

    // Importing works again afterwards.
    QVERIFY(UserCatalogue::importPage(pagePath(u"no-headings.md"_s)).ok);
    warning.clear();
    QVERIFY(UserCatalogue::loadMerged(&warning).find(4041001)->variants.size() == 1);
    QVERIFY(warning.isEmpty());
}

// (A failed write that keeps an old file: fullDiskKeepsTheOldFileAndSaysWhy.)
void TestUserCatalogue::writeOverADirectoryIsReported()
{
    // A directory where the file should be: the save cannot succeed, even as root.
    QVERIFY(QDir().mkpath(UserCatalogue::filePath()));
    const UserCatalogue::ImportReport report
        = UserCatalogue::importPage(pagePath(u"no-headings.md"_s));
    QVERIFY(!report.ok);
    QVERIFY(!report.error.isEmpty());
}

void TestUserCatalogue::fullDiskKeepsTheOldFileAndSaysWhy()
{
    QVERIFY(UserCatalogue::importPage(pagePath(u"no-headings.md"_s)).ok);
    const QByteArray before = readAll(UserCatalogue::filePath());
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(QFileInfo(UserCatalogue::filePath()).path()).entryList();

    // The disk fills up part-way through the bigger catalogue the next import writes.
    UserCatalogue::ImportReport report;
    {
        const test::FileSizeLimit full(before.size() / 2);
        report = UserCatalogue::importPage(pagePath(u"real-2016-02.md"_s));
    }
    QVERIFY(!report.ok);
    QCOMPARE(report.failure, UserCatalogue::ImportReport::Failure::Storage);
    // The system's reason, in words the user reads ("No space left on the disk" on a full one).
    QVERIFY2(
        report.error.contains(OwnerOnlyFiles::systemReason(EFBIG, {})), qPrintable(report.error));
    QCOMPARE(readAll(UserCatalogue::filePath()), before);
    QCOMPARE(QDir(QFileInfo(UserCatalogue::filePath()).path()).entryList(), filesBefore);
    QString warning;
    QVERIFY(UserCatalogue::loadMerged(&warning).find(4041001));
    QVERIFY(warning.isEmpty());

    // A plain save of bytes: the same.
    const QString path = QFileInfo(UserCatalogue::filePath()).path() + u"/saved.txt"_s;
    QVERIFY(OwnerOnlyFiles::save(path, QByteArrayView("old content"), nullptr));
    QString error;
    {
        const test::FileSizeLimit full(4);
        QVERIFY(!OwnerOnlyFiles::save(path, QByteArray(100000, 'x'), &error));
    }
    QCOMPARE(error, OwnerOnlyFiles::systemReason(EFBIG, {}));
    QCOMPARE(readAll(path), "old content"_ba);
    QCOMPARE(QFile::permissions(path) & 0x00FF, QFileDevice::Permissions()); // no group, no other
}

QTEST_GUILESS_MAIN(TestUserCatalogue)
#include "TestUserCatalogue.moc"
