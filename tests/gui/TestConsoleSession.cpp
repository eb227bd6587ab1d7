// The console's session as a user sees it: saved per environment and resumed without a new
// login, the notice saying it lasts for this run only when there is no keychain, logging out
// forgetting it, and the token refreshed at 80% of its life without any user action.

#include "ApiClient.h"
#include "CallHistory.h"
#include "CallWorkspace.h"
#include "EnvironmentStore.h"
#include "SandboxController.h"
#include "SecretStore.h"
#include "Session.h"
#include "SessionVault.h"
#include "console/ApiConsoleWidget.h"
#include "environments/EnvironmentListModel.h"
#include "environments/EnvironmentsDialog.h"
#include "util/Translations.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {
// The countdown of a two-second token: one or two seconds left, whichever side of a second
// boundary the label was drawn on.
bool isCountdown(const QString &text)
{
    return text == u"Token expires in 0:00:02" || text == u"Token expires in 0:00:01";
}
} // namespace

class TestConsoleSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sessionResumesWithoutANewLogin();
    void logOutForgetsTheSavedSession();
    void tokenIsRefreshedAheadOfExpiryWithoutAUserAction();
    void keychainNoticeAndBuiltInNamesFollowTheLanguage();

private:
    void createConsole();
    void logInThroughTheForm();
    void switchTo(QStringView id);
    qsizetype countInHistory(CallRecord::Purpose purpose) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CallWorkspace> m_controller;
    std::unique_ptr<ApiConsoleWidget> m_widget;
};

void TestConsoleSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Translations::install(Language::English);
}

void TestConsoleSession::init()
{
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    m_controller = std::make_unique<CallWorkspace>(m_settings.get());
    m_controller->secrets()->setKeychainEnabled(false);
}

void TestConsoleSession::createConsole()
{
    m_widget = std::make_unique<ApiConsoleWidget>(m_controller.get());
    m_widget->resize(1100, 760);
    m_widget->show();
    QApplication::setActiveWindow(m_widget.get());
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
}

void TestConsoleSession::cleanup()
{
    if (Translations::current() != Language::English)
        Translations::install(Language::English);
    m_widget.reset();
    m_controller.reset();
    m_settings.reset();
}

void TestConsoleSession::logInThroughTheForm()
{
    m_widget->secretField()->clear();
    QTest::keyClicks(m_widget->secretField(), u"sandbox123"_s);
    QTest::mouseClick(m_widget->loginButton(), Qt::LeftButton);
    QTRY_VERIFY(m_controller->client()->session()->isLoggedIn());
}

void TestConsoleSession::switchTo(QStringView id)
{
    QComboBox *combo = m_widget->environmentCombo();
    combo->setCurrentIndex(combo->findData(id.toString()));
    QTRY_COMPARE(m_controller->client()->environment().id, id.toString());
}

qsizetype TestConsoleSession::countInHistory(CallRecord::Purpose purpose) const
{
    const QList<CallRecord> records = m_controller->history()->records();
    return std::count_if(records.cbegin(), records.cend(),
        [purpose](const CallRecord &record) { return record.purpose == purpose; });
}

void TestConsoleSession::sessionResumesWithoutANewLogin()
{
    createConsole();
    QVERIFY(m_widget->sessionStorageLabel()->isHidden());
    logInThroughTheForm();
    const QByteArray token = m_controller->client()->session()->accessToken();
    // No keychain on this machine (turned off here): the UI says the session ends with the run.
    QTRY_VERIFY(m_widget->sessionStorageLabel()->isVisible());
    QVERIFY(m_widget->sessionStorageLabel()->text().contains(u"until the console quits"));
    QVERIFY(m_widget->keychainNotice()->isVisible());

    // Away to production (which logs out of the sandbox) and back: the saved session resumes.
    switchTo(EnvironmentStore::productionId);
    QVERIFY(!m_controller->client()->session()->isLoggedIn());
    QVERIFY(m_widget->sessionStorageLabel()->isHidden());
    switchTo(EnvironmentStore::sandboxId);
    QTRY_VERIFY(m_controller->client()->session()->isLoggedIn());
    QCOMPARE(m_controller->client()->session()->accessToken(), token);
    QCOMPARE(countInHistory(CallRecord::Purpose::Login), 1);
    QTRY_VERIFY(m_widget->sessionLabel()->text().contains(u"dev@example.com"));
    QVERIFY(m_widget->sessionNoticeLabel()->text().contains(u"Resumed the session"));
    QVERIFY(m_widget->sessionNoticeLabel()->isVisible());
    // 2:00:00 during the token's first second, then 1:59:xx.
    QTRY_VERIFY(m_widget->expiryLabel()->text().startsWith(u"Token expires in 1:59:"));
}

void TestConsoleSession::logOutForgetsTheSavedSession()
{
    createConsole();
    logInThroughTheForm();
    QTest::mouseClick(m_widget->logoutButton(), Qt::LeftButton);
    QVERIFY(!m_controller->client()->session()->isLoggedIn());
    switchTo(EnvironmentStore::productionId);
    QSignalSpy restored(m_controller->sessionVault(), &SessionVault::restoreFinished);
    switchTo(EnvironmentStore::sandboxId);
    QTRY_COMPARE(restored.size(), 1);
    QCOMPARE(restored.first().first().value<SessionVault::Outcome>(),
        SessionVault::Outcome::NothingSaved);
    QVERIFY(!m_controller->client()->session()->isLoggedIn());
    QCOMPARE(m_widget->sessionLabel()->text(), u"Not logged in."_s);
}

void TestConsoleSession::tokenIsRefreshedAheadOfExpiryWithoutAUserAction()
{
    sandbox::SandboxOptions options;
    options.tokenTtlSeconds = 2;
    m_controller->sandbox()->setOptions(options);
    createConsole();
    Session *session = m_controller->client()->session();
    QSignalSpy refreshed(session, &Session::refreshFinished);
    logInThroughTheForm();
    const QDateTime loggedInAt = QDateTime::currentDateTimeUtc();
    const QDateTime firstExpiry = session->expiresAt();
    const QByteArray firstToken = session->accessToken();
    QVERIFY(isCountdown(m_widget->expiryLabel()->text()));

    // Nobody touches anything: at 80% of the two seconds the console refreshes by itself.
    QVERIFY(refreshed.wait(5000));
    const qint64 after = loggedInAt.msecsTo(QDateTime::currentDateTimeUtc());
    QVERIFY(refreshed.first().first().toBool());
    // Not at once, not late: the answer was a success, so the old token had not expired yet.
    QVERIFY2(after >= 1400, QByteArray::number(after).constData());
    QVERIFY(session->accessToken() != firstToken);
    QVERIFY(session->expiresAt() > firstExpiry);

    // The countdown shows the new expiry, and the refresh is in the history like any call.
    // (Just before the refresh the old token had under a second left: the label said so.)
    QVERIFY(isCountdown(m_widget->expiryLabel()->text()));
    QCOMPARE(countInHistory(CallRecord::Purpose::Refresh), 1);
    QAbstractItemModel *history = m_widget->historyView()->model();
    QTRY_VERIFY(history->rowCount() >= 2);
    QVERIFY(history->index(0, 0).data().toString().contains(u"[refresh]"));
    QVERIFY(history->index(0, 0).data().toString().contains(u"/v2/corp/token/refresh"));
    QVERIFY(session->isLoggedIn());
}

void TestConsoleSession::keychainNoticeAndBuiltInNamesFollowTheLanguage()
{
    createConsole();
    QComboBox *combo = m_widget->environmentCombo();
    const int sandboxRow = combo->findData(EnvironmentStore::sandboxId.toString());
    QCOMPARE(combo->itemText(sandboxRow), u"Local sandbox"_s);
    QVERIFY(m_widget->keychainNotice()->isVisible());
    QCOMPARE(m_widget->keychainNotice()->text(),
        u"The system keychain cannot be used (it is turned off): secrets are kept in "
        "memory for this run only."_s);
    QTest::mouseClick(m_widget->manageEnvironmentsButton(), Qt::LeftButton);
    auto *dialog = m_widget->findChild<EnvironmentsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->nameField()->text(), u"Local sandbox"_s);

    Translations::install(Language::Chinese);
    QTRY_COMPARE(combo->itemText(sandboxRow), u"本地沙箱"_s);
    QCOMPARE(combo->itemText(combo->findData(EnvironmentStore::productionId.toString())),
        QCoreApplication::translate("xlink::EnvironmentNames", "XLink production"));
    QVERIFY2(m_widget->keychainNotice()->text().startsWith(u"无法使用系统密钥环"),
        qPrintable(m_widget->keychainNotice()->text()));
    QVERIFY(m_widget->keychainNotice()->text().contains(u"密钥环已关闭"));
    QTRY_COMPARE(dialog->nameField()->text(), u"本地沙箱"_s);
    QCOMPARE(dialog->model()->index(0).data().toString(), u"本地沙箱"_s);

    // The stored settings never hold a translated name of a built-in.
    // A value of the test's own makes the file exist whatever the console stored, and
    // proves it is the file read here.
    m_settings->setValue(u"test/marker"_s, u"marker-7f3a"_s);
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY2(ini.open(QIODevice::ReadOnly), qPrintable(ini.fileName()));
    const QByteArray stored = ini.readAll();
    QVERIFY(stored.contains("marker-7f3a"));
    QVERIFY(!stored.contains("本地沙箱"));

    Translations::install(Language::English);
    QTRY_COMPARE(combo->itemText(sandboxRow), u"Local sandbox"_s);
    QVERIFY(m_widget->keychainNotice()->text().contains(u"(it is turned off)"));
    QTRY_COMPARE(dialog->model()->index(0).data().toString(), u"Local sandbox"_s);
}

} // namespace xlink

QTEST_MAIN(xlink::TestConsoleSession)
#include "TestConsoleSession.moc"
