// The request check in the composer: the body's problems listed with path and line after the
// check off the GUI thread (activating one names its line), the login notice, and the response
// flag for a success answer off its documented schema.
#include "ApiDescription.h"
#include "RequestCheck.h"
#include "call/CallRecord.h"
#include "console/BodyCheckRunner.h"
#include "console/RequestCheckPanel.h"
#include "console/ResponseCheckFlag.h"
#include "util/Translations.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace xlink {

class TestRequestCheckPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void problemsAreListedWithPathAndLine();
    void onlyTheLatestBodyCounts();
    void loginNoticeNamesTheLoginThatCan();
    void responseOffItsSchemaIsFlagged();

private:
    static const ApiOperation *operation(const QString &id)
    {
        return ApiDescription::builtin().byOperationId(id);
    }
};

void TestRequestCheckPanel::initTestCase()
{
    Translations::install(Language::English);
}

void TestRequestCheckPanel::cleanup()
{
    Translations::install(Language::English);
}

void TestRequestCheckPanel::problemsAreListedWithPathAndLine()
{
    RequestCheckPanel panel;
    panel.resize(500, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QByteArray body = "{\n  \"name\": 5,\n  \"description\": \"x\",\n  \"link_type\": 9,\n"
                      "  \"type\": 2,\n  \"colour\": \"red\"\n}";
    panel.runner()->setBodySource([&body] { return body; });
    panel.runner()->setDelay(0);
    QSignalSpy checked(panel.runner(), &BodyCheckRunner::checked);
    panel.setRequest(operation(u"createProduct"_s));
    QVERIFY(!panel.runner()->isCurrent());
    QVERIFY(checked.wait());
    QVERIFY(panel.runner()->isCurrent());
    QListWidget *list = panel.problemList();
    QVERIFY(list->isVisible());
    const QStringList lines = panel.problemLines();
    const auto has = [&](const QString &start) {
        return std::any_of(lines.cbegin(), lines.cend(),
            [&](const QString &line) { return line.startsWith(start); });
    };
    QVERIFY2(has(u"line 2, $.name: should be"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(has(u"line 4, $.link_type:"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(has(u"line 6, $.colour:"_s), qPrintable(lines.join(u'\n'))); // unknown field
    QCOMPARE(list->count(), lines.size());
    // Clicking a problem names its line.
    QSignalSpy line(&panel, &RequestCheckPanel::lineActivated);
    const QList<QListWidgetItem *> items = list->findItems(u"line 4"_s, Qt::MatchStartsWith);
    QCOMPARE(items.size(), 1);
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
    QVERIFY(!line.isEmpty());
    QCOMPARE(line.first().first().toInt(), 4);
    // A body that fits: nothing listed.
    body = QJsonDocument(operation(u"createProduct"_s)->requestExample.toObject()).toJson();
    panel.setRequest(operation(u"createProduct"_s));
    QVERIFY(checked.wait());
    QVERIFY(panel.runner()->problems().isEmpty());
    QVERIFY(list->isHidden());
}

void TestRequestCheckPanel::onlyTheLatestBodyCounts()
{
    RequestCheckPanel panel;
    QByteArray body = "{\"name\": 5}";
    panel.runner()->setBodySource([&body] { return body; });
    QSignalSpy checked(panel.runner(), &BodyCheckRunner::checked);
    panel.setRequest(operation(u"createProduct"_s));
    panel.runner()->runNow(); // not waiting for the pause
    // Typed on while that check runs: only the new body's result is taken.
    body = QJsonDocument(operation(u"createProduct"_s)->requestExample.toObject()).toJson();
    panel.setRequest(operation(u"createProduct"_s));
    QVERIFY(checked.wait());
    QCOMPARE(checked.size(), 1);
    QVERIFY(panel.runner()->problems().isEmpty());
    // No operation: nothing to check, at once.
    panel.setRequest(nullptr);
    QVERIFY(panel.runner()->isCurrent());
    QVERIFY(panel.runner()->problems().isEmpty());
}

void TestRequestCheckPanel::loginNoticeNamesTheLoginThatCan()
{
    RequestCheckPanel panel;
    panel.resize(500, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setLoginKind(Environment::LoginKind::EnterpriseMember);
    const ApiOperation *homes = operation(u"listHomes"_s);
    panel.setRequest(homes);
    QVERIFY(panel.loginNotice()->isVisible());
    const LoginFit fit = RequestCheck::loginFit(*homes, Environment::LoginKind::EnterpriseMember);
    QVERIFY(!fit.fits);
    QVERIFY2(panel.loginNotice()->text().contains(fit.acceptedText),
        qPrintable(panel.loginNotice()->text()));
    QVERIFY(panel.loginNotice()->text().contains(u"GET /v2/homes"));
    // The login that can: no notice.
    panel.setLoginKind(Environment::LoginKind::AppUser);
    QVERIFY(panel.loginNotice()->isHidden());
    panel.setLoginKind(Environment::LoginKind::EnterpriseMember);
    QVERIFY(panel.loginNotice()->isVisible());
    panel.setRequest(operation(u"createProduct"_s));
    QVERIFY(panel.loginNotice()->isHidden());
}

void TestRequestCheckPanel::responseOffItsSchemaIsFlagged()
{
    ResponseCheckFlag flag;
    flag.show();
    QVERIFY(QTest::qWaitForWindowExposed(&flag));
    QSignalSpy checked(&flag, &ResponseCheckFlag::checked);
    const ApiOperation *product = operation(u"getProduct"_s);
    CallRecord record;
    record.method = "GET";
    record.url = QUrl(u"http://127.0.0.1:9/v2/product/1607d2b4aa1b1f411607d2b4aa1b1f41"_s);
    record.httpStatus = 200;
    record.responseBody = R"({"id": 5, "name": "Smart plug"})";
    flag.check(record);
    QVERIFY(checked.wait());
    QVERIFY(!flag.problems().isEmpty());
    QVERIFY(flag.isVisible());
    QVERIFY2(flag.text().contains(u"GET /v2/product/{product_id}"), qPrintable(flag.text()));
    QVERIFY2(flag.text().contains(flag.problems().first().path), qPrintable(flag.text()));
    QVERIFY(std::any_of(flag.problems().cbegin(), flag.problems().cend(),
        [](const SchemaProblem &problem) { return problem.path == u"$.id"; }));
    // The documented example fits: no flag.
    record.responseBody = QJsonDocument(product->responseExample.toObject()).toJson();
    flag.check(record);
    QVERIFY(flag.isHidden());
    QVERIFY(checked.wait());
    QVERIFY(flag.isHidden());
    // An error answer is not the success it documents: not checked against it.
    record.httpStatus = 404;
    record.responseBody = R"({"error":{"code":4041001,"msg":"no such product"}})";
    flag.check(record);
    QVERIFY(checked.wait());
    QVERIFY(flag.isHidden());
}

} // namespace xlink

QTEST_MAIN(xlink::TestRequestCheckPanel)
#include "TestRequestCheckPanel.moc"
