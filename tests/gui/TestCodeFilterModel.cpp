// The browser's filter model: CodeLookup's matches and ranks, an HTTP status filter, and a
// well-behaved model while the query, the status and the catalogue change.
#include "catalogue/CodeFilterModel.h"
#include "catalogue/CodeTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace xlink;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<int>)

namespace {

QList<int> codesOf(const CodeFilterModel &model)
{
    QList<int> codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.append(model.index(row, 0).data(CodeTableModel::CodeRole).toInt());
    return codes;
}

std::shared_ptr<const ErrorCatalogue> builtin()
{
    return std::make_shared<const ErrorCatalogue>(ErrorCatalogue::builtin());
}

} // namespace

class TestCodeFilterModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyQueryListsEverythingInCodeOrder();
    void orderIsTheLookupOrder_data();
    void orderIsTheLookupOrder();
    void statusFilter();
    void unknownCodeAnswer();
    void httpStatusQueryAnswer();
    void survivesCatalogueReset();
    void languageSwapsMessageColumns();
    void typingAndErasing();

private:
    std::unique_ptr<CodeTableModel> m_codes;
    std::unique_ptr<CodeFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCodeFilterModel::init()
{
    m_codes = std::make_unique<CodeTableModel>();
    m_filter = std::make_unique<CodeFilterModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_codes->setCatalogue(builtin());
    m_filter->setCodeModel(m_codes.get());
}

void TestCodeFilterModel::cleanup()
{
    m_tester.reset();
    m_filter.reset();
    m_codes.reset();
}

void TestCodeFilterModel::emptyQueryListsEverythingInCodeOrder()
{
    const QList<int> codes = codesOf(*m_filter);
    QCOMPARE(codes.size(), 277);
    QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));
    QCOMPARE(m_filter->columnCount(), 3);
}

void TestCodeFilterModel::orderIsTheLookupOrder_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("first");
    QTest::newRow("number") << u"1003"_s << QList<int> { 4001003, 4031003, 4041003 };
    QTest::newRow("exact") << u"4031003"_s << QList<int> { 4031003 };
    QTest::newRow("noisy") << u"{\"error\":{\"code\":\"4041008\"}}"_s << QList<int> { 4041008 };
    QTest::newRow("prefix") << u"40310"_s << QList<int> { 4031001, 4031002, 4031003 };
    QTest::newRow("chinese") << u"密码错误"_s << QList<int> { 4001007 };
    QTest::newRow("english") << u"token"_s << QList<int> {};
    QTest::newRow("nothing") << u"qqqxxxzzz"_s << QList<int> {};
}

void TestCodeFilterModel::orderIsTheLookupOrder()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, first);
    m_filter->setQuery(query);
    const QList<int> shown = codesOf(*m_filter);
    QCOMPARE(shown.mid(0, first.size()), first);

    // Exactly the lookup's matches, in its order: the model adds no ranking of its own.
    QList<int> expected;
    for (const CodeLookup::Match &match :
        CodeLookup(ErrorCatalogue::builtin()).lookup(query).matches)
        expected.append(match.entry->code);
    QCOMPARE(shown, expected);
}

void TestCodeFilterModel::statusFilter()
{
    m_filter->setHttpStatus(404);
    QList<int> codes = codesOf(*m_filter);
    QCOMPARE(codes.size(), 53);
    for (const int code : codes)
        QCOMPARE(code / 10000, 404);

    m_filter->setQuery(u"1003"_s);
    QCOMPARE(codesOf(*m_filter).value(0), 4041003);
    for (const int code : codesOf(*m_filter))
        QCOMPARE(code / 10000, 404);

    m_filter->setHttpStatus(0);
    QCOMPARE(codesOf(*m_filter).mid(0, 3), QList<int>({ 4001003, 4031003, 4041003 }));
}

void TestCodeFilterModel::unknownCodeAnswer()
{
    m_filter->setQuery(u"4039999"_s);
    QCOMPARE(m_filter->rowCount(), 0);
    QCOMPARE(m_filter->answer().unknownCode, std::optional<int>(4039999));
    QVERIFY(m_filter->answer().status);
    QCOMPARE(m_filter->answer().status->status, 403);
}

void TestCodeFilterModel::httpStatusQueryAnswer()
{
    m_filter->setQuery(u"404"_s);
    QVERIFY(m_filter->answer().status);
    QCOMPARE(m_filter->answer().status->status, 404);
    QCOMPARE(codesOf(*m_filter).value(0), 4041001);
}

void TestCodeFilterModel::survivesCatalogueReset()
{
    m_filter->setQuery(u"1003"_s);
    auto smaller = std::make_shared<ErrorCatalogue>(ErrorCatalogue::builtin());
    CatalogueEntry extra;
    extra.code = 4031999;
    extra.httpStatus = 403;
    extra.number = u"1999"_s;
    extra.message = { u"新的错误"_s, u"A new error"_s };
    extra.builtin = false;
    smaller->merge({ extra }, u"import:new.md"_s);
    m_codes->setCatalogue(smaller);
    QCOMPARE(codesOf(*m_filter).mid(0, 3), QList<int>({ 4001003, 4031003, 4041003 }));
    m_filter->setQuery(u"4031999"_s);
    QCOMPARE(codesOf(*m_filter), QList<int>({ 4031999 }));
    QVERIFY(!m_filter->answer().unknownCode);
}

void TestCodeFilterModel::languageSwapsMessageColumns()
{
    m_filter->setQuery(u"4031003"_s);
    const CatalogueEntry *entry = ErrorCatalogue::builtin().find(4031003);
    m_codes->setLanguage(Language::English);
    QCOMPARE(m_filter->index(0, 1).data().toString(), entry->message.en);
    QCOMPARE(m_filter->index(0, 2).data().toString(), entry->message.zh);
    m_codes->setLanguage(Language::Chinese);
    QCOMPARE(m_filter->index(0, 1).data().toString(), entry->message.zh);
    QCOMPARE(m_filter->index(0, 2).data().toString(), entry->message.en);
    QCOMPARE(m_filter->index(0, 0).data(CodeTableModel::HttpStatusRole).toInt(), 403);
}

void TestCodeFilterModel::typingAndErasing()
{
    // One query per keystroke, forwards and back, with the model tester watching every change.
    const QString typed = u"4031003 token 设备"_s;
    for (qsizetype i = 1; i <= typed.size(); ++i)
        m_filter->setQuery(typed.first(i));
    QCOMPARE(codesOf(*m_filter).value(0), 4031003);
    for (qsizetype i = typed.size(); i >= 0; --i)
        m_filter->setQuery(typed.first(i));
    QCOMPARE(m_filter->rowCount(), 277);
}

QTEST_MAIN(TestCodeFilterModel)
#include "TestCodeFilterModel.moc"
