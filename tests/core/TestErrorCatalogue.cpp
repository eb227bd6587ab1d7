// Catalogue integrity: the built-in data against the platform's published pages.
#include "catalogue/ErrorCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

QString readSpec(const char *name)
{
    QFile file(QStringLiteral(XLINK_SPEC_DIR "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open spec file %s", name);
    return QString::fromUtf8(file.readAll());
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x3000 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace

class TestErrorCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsBuiltin();
    void every2016RowHasItsExactText();
    void everyCodeOfTheOfficialListIsPresent();
    void everyCodeHasEnglishDifferentFromChinese();
    void every2016CodeHasABilingualHint();
    void statusesAndStructure();
    void builtinKeepsThePublishedQuirks();
    void rejectsInvalidJson();
    void builtinIsItsJsonSource();
    void binaryFormRoundTrips();
    void rejectsDamagedBinary();
    void mergeKeepsBothTexts();
};

void TestErrorCatalogue::loadsBuiltin()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    QCOMPARE(catalogue.entries().size(), 277);
    for (qsizetype i = 1; i < catalogue.entries().size(); ++i)
        QVERIFY(catalogue.entries().at(i - 1).code < catalogue.entries().at(i).code);
}

void TestErrorCatalogue::every2016RowHasItsExactText()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    static const QRegularExpression row(QStringLiteral("^\\|\\s*(\\d{7})\\s*\\|\\s*(.*?)\\s*$"),
        QRegularExpression::MultilineOption);
    int rows = 0;
    auto it = row.globalMatch(readSpec("xlink-error-codes-2016-02.md"));
    while (it.hasNext()) {
        const auto match = it.next();
        ++rows;
        const int code = match.captured(1).toInt();
        const QString text = match.captured(2);
        const CatalogueEntry *entry = catalogue.find(code);
        QVERIFY2(entry, qPrintable(match.captured(1)));
        QVERIFY2(entry->pages.contains(u"2016-02"_s), qPrintable(match.captured(1)));
        if (code == 4001045) {
            // The page's typo is kept as a variant; the entry carries the corrected text.
            QCOMPARE(entry->message.zh, QStringLiteral("数据表名称已存在"));
            QCOMPARE(text, QStringLiteral("数据变名称已存在"));
            QVERIFY(std::any_of(
                entry->variants.cbegin(), entry->variants.cend(), [&](const CatalogueVariant &v) {
                    return v.text.zh == text && v.source == u"2016-02"
                        && v.kind == CatalogueVariant::Kind::Typo;
                }));
        } else {
            QCOMPARE(entry->message.zh, text);
        }
    }
    QCOMPARE(rows, 82);
}

void TestErrorCatalogue::everyCodeOfTheOfficialListIsPresent()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    const QStringList lines = readSpec("xlink-error-codes-2017-05.tsv").split(u'\n');
    QSet<int> codes;
    for (const QString &line : lines.mid(1)) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 4);
        const int code = fields.at(0).toInt();
        const CatalogueEntry *entry = catalogue.find(code);
        QVERIFY2(entry, qPrintable(fields.at(0)));
        QCOMPARE(entry->httpStatus, fields.at(1).toInt());
        QCOMPARE(entry->number, fields.at(0).right(4));
        QVERIFY(entry->pages.contains(u"2017-05"_s));
        QCOMPARE(entry->pages.contains(u"2016-02"_s), fields.at(3) == u"yes");
        // Every published text is there: as the message or as a variant.
        const QString &zh = fields.at(2);
        const bool found = entry->message.zh == zh
            || std::any_of(entry->variants.cbegin(), entry->variants.cend(),
                [&](const CatalogueVariant &v) { return v.text.zh == zh; });
        QVERIFY2(found, qPrintable(fields.at(0)));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), 277);
}

void TestErrorCatalogue::everyCodeHasEnglishDifferentFromChinese()
{
    for (const CatalogueEntry &entry : ErrorCatalogue::builtin().entries()) {
        const QByteArray code = QByteArray::number(entry.code);
        QVERIFY2(!entry.message.en.trimmed().isEmpty(), code.constData());
        QVERIFY2(entry.message.en != entry.message.zh, code.constData());
        QVERIFY2(!hasCjk(entry.message.en), code.constData());
        for (const CatalogueVariant &variant : entry.variants)
            QVERIFY2(
                !variant.text.en.isEmpty() && variant.text.en != variant.text.zh, code.constData());
    }
}

void TestErrorCatalogue::every2016CodeHasABilingualHint()
{
    int hinted = 0;
    for (const CatalogueEntry &entry : ErrorCatalogue::builtin().entries()) {
        if (!entry.pages.contains(u"2016-02"_s))
            continue;
        const QByteArray code = QByteArray::number(entry.code);
        QVERIFY2(entry.hint.has_value(), code.constData());
        QVERIFY2(!entry.hint->zh.isEmpty() && !entry.hint->en.isEmpty(), code.constData());
        QVERIFY2(hasCjk(entry.hint->zh) && entry.hint->zh != entry.hint->en, code.constData());
        ++hinted;
    }
    QCOMPARE(hinted, 82);
}

void TestErrorCatalogue::statusesAndStructure()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    QCOMPARE(catalogue.httpStatuses().size(), 5);
    const QList<int> expected { 200, 400, 403, 404, 503 };
    for (int status : expected) {
        const HttpStatusInfo *info = catalogue.httpStatus(status);
        QVERIFY(info);
        QVERIFY(!info->meaning.zh.isEmpty() && !info->meaning.en.isEmpty());
    }
    QCOMPARE(catalogue.httpStatus(403)->meaning.zh, QStringLiteral("接口权限错误"));
    QVERIFY(catalogue.codeStructure().zh.contains(u"4031003"));
    QVERIFY(catalogue.codeStructure().en.contains(u"4031003"));
    QCOMPARE(ErrorCatalogue::statusOfCode(4031003), 403);
    QCOMPARE(ErrorCatalogue::statusOfCode(403100), 0);
    QCOMPARE(ErrorCatalogue::statusOfCode(40310030), 0);
}

void TestErrorCatalogue::builtinKeepsThePublishedQuirks()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    const CatalogueEntry *twoTexts = catalogue.find(4001134);
    QVERIFY(twoTexts);
    QCOMPARE(twoTexts->message.zh, QStringLiteral("必须为Home邀请者"));
    QCOMPARE(twoTexts->variants.size(), 1);
    QCOMPARE(twoTexts->variants.first().text.zh, QStringLiteral("该用户已在Home成员列表中"));

    QVERIFY(!catalogue.find(4001040));
    QVERIFY(!catalogue.find(4001044));
    QVERIFY(catalogue.unpublishedNote(4001040).has_value());
    QVERIFY(catalogue.unpublishedNote(4001044).has_value());
    QVERIFY(!catalogue.unpublishedNote(4001041).has_value());
}

void TestErrorCatalogue::rejectsInvalidJson()
{
    QString error;
    QVERIFY(ErrorCatalogue::fromJson("{\"codes\": [", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(ErrorCatalogue::fromJson(R"({"codes":[{"code":12}]})", &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestErrorCatalogue::builtinIsItsJsonSource()
{
    // The build compiles the JSON into the binary form builtin() reads; nothing may be lost.
    QFile file(QStringLiteral(XLINK_CATALOGUE_JSON));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const ErrorCatalogue fromSource = ErrorCatalogue::fromJson(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fromSource.entries().size(), 277);
    QVERIFY(ErrorCatalogue::builtin() == fromSource);
}

void TestErrorCatalogue::binaryFormRoundTrips()
{
    // Everything the binary form carries, including what the built-in data lacks: imported
    // entries, every variant kind, an entry without hint or pages.
    ErrorCatalogue catalogue = ErrorCatalogue::builtin();
    CatalogueEntry changed;
    changed.code = 4031003;
    changed.httpStatus = 403;
    changed.message = { QStringLiteral("令牌无效"), QStringLiteral("Token invalid") };
    CatalogueEntry added;
    added.code = 5031999;
    added.httpStatus = 503;
    added.number = QStringLiteral("1999");
    added.message.zh = QStringLiteral("新的错误");
    QCOMPARE(catalogue.merge({ changed, added }, QStringLiteral("import:page.md")).added, 1);

    QString error;
    const ErrorCatalogue read = ErrorCatalogue::fromBinary(catalogue.toBinary(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(read == catalogue);
    QVERIFY(!(read == ErrorCatalogue::builtin()));
    QVERIFY(!read.find(5031999)->builtin);
    QCOMPARE(read.find(4031003)->variants.constLast().kind, CatalogueVariant::Kind::Imported);
    QVERIFY(!read.find(5031999)->hint.has_value());
    QCOMPARE(read.unpublishedNote(4001040), ErrorCatalogue::builtin().unpublishedNote(4001040));
    QCOMPARE(read.pageTitle(u"2016-02"_s), ErrorCatalogue::builtin().pageTitle(u"2016-02"_s));
}

void TestErrorCatalogue::rejectsDamagedBinary()
{
    const QByteArray binary = ErrorCatalogue::builtin().toBinary();
    QString error;
    QVERIFY(ErrorCatalogue::fromBinary(QByteArray(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(ErrorCatalogue::fromBinary("{\"codes\":[]}", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    for (const qsizetype length :
        { qsizetype(8), qsizetype(100), binary.size() / 2, binary.size() - 1 }) {
        error.clear();
        QVERIFY(ErrorCatalogue::fromBinary(binary.left(length), &error).isEmpty());
        QVERIFY2(!error.isEmpty(), qPrintable(QString::number(length)));
    }
    error.clear();
    QVERIFY(ErrorCatalogue::fromBinary(binary + '\0', &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // Another layout version is refused rather than misread.
    QByteArray otherVersion = binary;
    otherVersion[4] = char(otherVersion[4] + 1);
    error.clear();
    QVERIFY(ErrorCatalogue::fromBinary(otherVersion, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestErrorCatalogue::mergeKeepsBothTexts()
{
    ErrorCatalogue catalogue = ErrorCatalogue::builtin();
    CatalogueEntry changed;
    changed.code = 4031003;
    changed.httpStatus = 403;
    changed.message.zh = QStringLiteral("Access-Token无效");
    CatalogueEntry same;
    same.code = 4001045;
    same.httpStatus = 400;
    same.message.zh = QStringLiteral("数据变名称已存在"); // the known typo: not a difference
    CatalogueEntry added;
    added.code = 4001204;
    added.httpStatus = 400;
    added.message.zh = QStringLiteral("新错误");
    const auto result = catalogue.merge({ changed, same, added }, QStringLiteral("import:new.md"));
    QCOMPARE(result.added, 1);
    QCOMPARE(result.differing, 1);
    QCOMPARE(result.unchanged, 1);
    const CatalogueEntry *entry = catalogue.find(4031003);
    QCOMPARE(entry->message.zh, QStringLiteral("无效的Access-Token"));
    QCOMPARE(entry->variants.last().text.zh, QStringLiteral("Access-Token无效"));
    QCOMPARE(entry->variants.last().source, QStringLiteral("import:new.md"));
    QVERIFY(catalogue.find(4001204));
    QVERIFY(!catalogue.find(4001204)->builtin);
    // The built-in catalogue itself is untouched.
    QVERIFY(!ErrorCatalogue::builtin().find(4001204));
}

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "TestErrorCatalogue.moc"
