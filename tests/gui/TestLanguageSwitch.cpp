// Switching the language while the console shows things: the answer on screen (its banner,
// meta line and the message line), a cancelled call and the keychain notice are said again in
// the new language, from what the records and the secret store keep, not from sentences made
// in the language of the moment they happened. The switch is the application's own:
// Translations::install puts the shipped zh_CN translators in place, and Qt sends every widget
// QEvent::LanguageChange.

#include "ApiClient.h"
#include "CallWorkspace.h"
#include "SecretStore.h"
#include "Session.h"
#include "console/ApiConsoleWidget.h"
#include "console/ResponseViewWidget.h"
#include "util/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

class TestLanguageSwitch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void failedCallAndKeychainNoticeFollowTheLanguage();
    void cancelledCallFollowsTheLanguage();

private:
    void logIn();
    CallRecord send(const QString &fault, bool cancel = false);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CallWorkspace> m_controller;
    std::unique_ptr<ApiConsoleWidget> m_widget;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // No session bus: the keychain fails, as on a machine without a keyring, and the console
    // says why in its notice.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    Translations::install(Language::English);
}

void TestLanguageSwitch::init()
{
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    m_controller = std::make_unique<CallWorkspace>(m_settings.get());
    m_widget = std::make_unique<ApiConsoleWidget>(m_controller.get());
    m_widget->resize(1100, 760);
    m_widget->show();
    QApplication::setActiveWindow(m_widget.get());
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
}

void TestLanguageSwitch::cleanup()
{
    if (Translations::current() != Language::English)
        Translations::install(Language::English);
    m_widget.reset();
    m_controller.reset();
    m_settings.reset();
}

void TestLanguageSwitch::logIn()
{
    m_widget->accountField()->clear();
    QTest::keyClicks(m_widget->accountField(), u"dev@example.com"_s);
    m_widget->secretField()->clear();
    QTest::keyClicks(m_widget->secretField(), u"sandbox123"_s);
    QTest::mouseClick(m_widget->loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->client()->session()->isLoggedIn(), 20000);
}

CallRecord TestLanguageSwitch::send(const QString &fault, bool cancel)
{
    m_widget->pathField()->clear();
    QTest::keyClicks(m_widget->pathField(), u"/v2/corp"_s);
    QTableWidget *headers = m_widget->headersTable();
    const int row = headers->rowCount();
    headers->insertRow(row);
    headers->setItem(row, 0, new QTableWidgetItem(u"X-Sandbox-Fault"_s));
    headers->setItem(row, 1, new QTableWidgetItem(fault));
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    m_widget->pathField()->setFocus();
    QTest::keyClick(m_widget->pathField(), Qt::Key_Return, Qt::ControlModifier);
    if (cancel) {
        if (!QTest::qWaitFor([this] { return m_widget->isCallRunning(); }))
            return {};
        QTest::keyClick(m_widget->pathField(), Qt::Key_Escape);
    }
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 20000))
        return {};
    return finished.at(0).at(0).value<CallRecord>();
}

void TestLanguageSwitch::failedCallAndKeychainNoticeFollowTheLanguage()
{
    logIn();
    // Logging in stored the secret: the keychain failed, and the notice says why.
    QLabel *notice = m_widget->keychainNotice();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->secrets()->keychainAvailable(), 30000);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(u"The system keychain cannot be used ("),
        qPrintable(notice->text()));
    // Without a session bus no keyring can answer, whichever way the backend puts it: the
    // notice says so in the console's words (which it can translate), not GLib's.
    const QString reason = notice->text().section(u'(', 1).section(u"):"_s, 0, 0);
    QVERIFY2(QStringList({ u"no keychain service is running"_s, u"no keychain service answered"_s })
                 .contains(reason),
        qPrintable(notice->text()));

    // A call that timed out, then reopened from the history: banner, meta line and message
    // line all describe it.
    m_controller->client()->setDefaultTimeoutMs(300);
    const CallRecord record = send(u"delay=10000"_s);
    QCOMPARE(record.kind, CallRecord::Kind::Timeout);
    ResponseViewWidget *response = m_widget->responseView();
    QLabel *banner = response->errorBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"No data for 300 ms: the call timed out."),
        qPrintable(banner->text()));
    QListView *history = m_widget->historyView();
    const QModelIndex newest = history->model()->index(0, 0);
    QVERIFY(newest.isValid());
    history->setCurrentIndex(newest);
    Q_EMIT history->activated(newest);
    QTRY_VERIFY(m_widget->messageLabel()->text().startsWith(u"Reopened from the history"));
    QVERIFY(response->summaryLabel()->text().startsWith(u"No answer"));

    Translations::install(Language::Chinese);
    const auto restore = qScopeGuard([] { Translations::install(Language::English); });
    QTRY_VERIFY2(banner->text().startsWith(u"<b>没有可用的响应</b>"), qPrintable(banner->text()));
    QVERIFY2(
        banner->text().contains(u"300 毫秒内未收到数据：调用超时。"), qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(u"timed out"), qPrintable(banner->text()));
    QVERIFY2(response->summaryLabel()->text().startsWith(u"无响应"),
        qPrintable(response->summaryLabel()->text()));
    QVERIFY2(m_widget->messageLabel()->text().startsWith(u"从历史重新打开"),
        qPrintable(m_widget->messageLabel()->text()));
    // The notice, reason included, in Chinese: no English word left in it.
    QVERIFY2(notice->text().startsWith(u"无法使用系统密钥环（"), qPrintable(notice->text()));
    QVERIFY2(
        !notice->text().contains(QRegularExpression(u"[A-Za-z]"_s)), qPrintable(notice->text()));

    // And back.
    Translations::install(Language::English);
    QTRY_VERIFY(banner->text().contains(u"No data for 300 ms: the call timed out."));
    QVERIFY(notice->text().startsWith(u"The system keychain cannot be used ("));
    QVERIFY(m_widget->messageLabel()->text().startsWith(u"Reopened from the history"));
}

void TestLanguageSwitch::cancelledCallFollowsTheLanguage()
{
    logIn();
    // A minute: only Esc ends it within the wait.
    const CallRecord record = send(u"delay=60000"_s, true);
    QCOMPARE(record.kind, CallRecord::Kind::Cancelled);
    ResponseViewWidget *response = m_widget->responseView();
    QVERIFY(response->summaryLabel()->text().startsWith(u"Cancelled"));
    QVERIFY(!response->errorBanner()->isVisible());
    const QModelIndex newest = m_widget->historyView()->model()->index(0, 0);
    QVERIFY(newest.data().toString().contains(u"cancelled"));

    Translations::install(Language::Chinese);
    const auto restore = qScopeGuard([] { Translations::install(Language::English); });
    QTRY_VERIFY2(response->summaryLabel()->text().startsWith(u"已取消"),
        qPrintable(response->summaryLabel()->text()));
    QVERIFY(!response->summaryLabel()->text().contains(u"Cancel"));
    QVERIFY(!response->errorBanner()->isVisible());
    QVERIFY(!m_widget->messageLabel()->text().contains(u"Cancel"));
    QVERIFY2(newest.data().toString().contains(u"已取消"), qPrintable(newest.data().toString()));
}

} // namespace xlink

QTEST_MAIN(xlink::TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
