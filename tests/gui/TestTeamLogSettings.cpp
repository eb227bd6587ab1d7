// Settings › Team log and the console's status bar, against a real PostgreSQL server
// (PostgresTestServer): "Test connection" says what is wrong in the user's words without
// blocking the window; accepted settings are saved (the password to the keychain only, never
// the settings file) and the console then sends every record it keeps, the status bar saying
// connected, or unreachable since when while the server is down.
#include "CallWorkspace.h"
#include "FailureStore.h"
#include "MainWindow.h"
#include "PostgresTestServer.h"
#include "SampleCalls.h"
#include "SecretStore.h"
#include "TeamConnectionSettings.h"
#include "TeamDatabase.h"
#include "TeamLogSettings.h"
#include "TeamPusher.h"
#include "TeamSchema.h"
#include "log/FailureLogWidget.h"
#include "log/TeamLogController.h"
#include "settings/SettingsDialog.h"
#include "settings/TeamLogSettingsBox.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using xlink::test::PostgresTestServer;

namespace xlink {

namespace {
const QString database = u"team_gui"_s;
const QString writer = u"gui_writer"_s;
const QString password = u"Gui-Team-Pw-61"_s;
} // namespace

class TestTeamLogSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void testConnectionSaysWhatIsWrong();
    void acceptedSettingsStartSending();
    void acceptedSettingsOpenTheTeamScope();

private:
    void fill(TeamLogSettingsBox *box, const QString &host, const QString &typedPassword);
    qint64 serverCount();
    test::PostgresTestServer m_server;
};

void TestTeamLogSettings::initTestCase()
{
    Translations::install(Language::English);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_server.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(writer, password), &error),
        qPrintable(error));
    QVERIFY2(m_server.exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(database, writer), &error),
        qPrintable(error));
}

void TestTeamLogSettings::cleanup()
{
    QSettings().clear();
}

qint64 TestTeamLogSettings::serverCount()
{
    QString error;
    const auto rows = m_server.rows(u"SELECT count(*) FROM xlink_calls"_s, &error, database);
    return rows.isEmpty() ? -1 : rows.constFirst().constFirst().toLongLong();
}

void TestTeamLogSettings::fill(
    TeamLogSettingsBox *box, const QString &host, const QString &typedPassword)
{
    box->hostField()->clear();
    QTest::keyClicks(box->hostField(), host);
    box->portField()->setValue(m_server.port());
    box->databaseField()->clear();
    QTest::keyClicks(box->databaseField(), database);
    box->userField()->clear();
    QTest::keyClicks(box->userField(), writer);
    box->passwordField()->clear();
    QTest::keyClicks(box->passwordField(), typedPassword);
    box->sslModeField()->setCurrentIndex(box->sslModeField()->findData(u"disable"_s));
}

void TestTeamLogSettings::testConnectionSaysWhatIsWrong()
{
    SettingsDialog dialog;
    TeamLogSettingsBox *box = dialog.teamLog();
    dialog.pages()->setCurrentWidget(box);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    fill(box, PostgresTestServer::host(), u"not-the-password"_s);
    QTest::mouseClick(box->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box->testButton()->isEnabled(), 20000);
    QVERIFY2(box->testResult()->text().startsWith(u"Authentication failed"_s),
        qPrintable(box->testResult()->text()));

    fill(box, PostgresTestServer::host(), password);
    QTest::mouseClick(box->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box->testButton()->isEnabled(), 20000);
    // Not set up yet.
    QVERIFY2(box->testResult()->text().contains(u"team-log init"_s),
        qPrintable(box->testResult()->text()));

    // A server elsewhere is only reached with its certificate verified.
    fill(box, u"db.example.com"_s, password);
    QTest::mouseClick(box->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box->testButton()->isEnabled(), 20000);
    QVERIFY2(box->testResult()->text().contains(u"only verify-full"_s),
        qPrintable(box->testResult()->text()));
}

void TestTeamLogSettings::acceptedSettingsStartSending()
{
    MainWindow window;
    // No secret service here: the password stays in this run's memory.
    window.workspace()->secrets()->setKeychainEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.failureStore()->isOpen());
    QVERIFY(!window.teamLog()->isSending());
    QVERIFY(!window.teamLogStatus()->isVisible());

    SettingsDialog *dialog = window.showSettings();
    TeamLogSettingsBox *box = dialog->teamLog();
    fill(box, PostgresTestServer::host(), password);
    box->enabledField()->setChecked(true);
    QTest::keyClicks(box->senderField(), u"ana@gui"_s);
    QTest::mouseClick(box->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box->testButton()->isEnabled(), 20000);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();

    // Saved without the password; the password is in the secret store.
    const auto saved = TeamConnectionSettings::load();
    QVERIFY(saved);
    QCOMPARE(saved->user, writer);
    QVERIFY(TeamLogSettings::load().enabled);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));
    QVERIFY(window.teamLog()->isSending());

    // Not set up: the status bar says so, records wait.
    window.failureStore()->append(test::SampleCalls::http(QDateTime::currentDateTimeUtc(), 502));
    QTRY_VERIFY_WITH_TIMEOUT(window.teamLogStatus()->text().contains(u"not sending"_s), 20000);
    QVERIFY(window.teamLogStatus()->toolTip().contains(u"team-log init"_s));

    // Set up (what `team-log init` does, as the database's owner) and told to retry: the
    // waiting record goes, then every new one.
    {
        TeamConnectionSettings owner = *saved;
        owner.password = password;
        TeamDatabase team;
        QVERIFY(team.open(owner).ok());
        QVERIFY(TeamSchema::migrate(team.db()).ok());
    }
    QVERIFY(window.teamLog()->pusher());
    window.teamLog()->pusher()->retryNow();
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 1, 20000);
    QTRY_COMPARE(window.teamLogStatus()->text(), u"Team log: connected"_s);
    window.failureStore()->append(test::SampleCalls::timeout(QDateTime::currentDateTimeUtc()));
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 2, 20000);
    QString error;
    const auto senders
        = m_server.rows(u"SELECT DISTINCT sender FROM xlink_calls"_s, &error, database);
    QCOMPARE(senders.size(), 1);
    QCOMPARE(senders.constFirst().constFirst().toString(), u"ana@gui"_s);

    // The server goes away: the status bar says since when, the record waits.
    QVERIFY(m_server.stop());
    window.failureStore()->append(test::SampleCalls::network(QDateTime::currentDateTimeUtc()));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.teamLogStatus()->text().contains(u"unreachable since"_s), 20000);
    QVERIFY(window.teamLogStatus()->text().contains(u"1 waiting"_s));
    QVERIFY2(m_server.start(&error), qPrintable(error));
    window.teamLog()->pusher()->retryNow();
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 3, 20000);
    QTRY_COMPARE(window.teamLogStatus()->text(), u"Team log: connected"_s);

    // Turned off: nothing more is sent, the status bar says nothing.
    TeamLogSettings off = TeamLogSettings::load();
    off.enabled = false;
    QVERIFY(window.teamLog()->apply(*saved, off, QString(), &error));
    QVERIFY(!window.teamLog()->isSending());
    QVERIFY(!window.teamLogStatus()->isVisible());
}

void TestTeamLogSettings::acceptedSettingsOpenTheTeamScope()
{
    MainWindow window;
    window.workspace()->secrets()->setKeychainEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.failureStore()->isOpen());
    FailureLogWidget *log = window.failureLog();
    // No team log yet: the failure-log page's scope switch is off.
    QVERIFY(!log->scopeSwitch()->isEnabled());

    // Set up in Settings (sending left off: reading does not need it).
    SettingsDialog *dialog = window.showSettings();
    fill(dialog->teamLog(), PostgresTestServer::host(), password);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    {
        TeamConnectionSettings owner = *TeamConnectionSettings::load();
        owner.password = password;
        TeamDatabase team;
        QVERIFY(team.open(owner).ok());
        QVERIFY(TeamSchema::migrate(team.db()).ok());
    }
    QTRY_VERIFY(log->scopeSwitch()->isEnabled());
    log->scopeSwitch()->setFocus();
    QTest::keyClick(log->scopeSwitch(), Qt::Key_Down);
    QCOMPARE(log->scope(), FailureLogWidget::Scope::Team);
    // Read with the typed password, which only the secret store holds.
    QTRY_VERIFY_WITH_TIMEOUT(log->summary()->text().contains(u"in the team log"_s), 20000);
    QVERIFY(!log->teamProblem()->isVisibleTo(log));
}

} // namespace xlink

QTEST_MAIN(xlink::TestTeamLogSettings)
#include "TestTeamLogSettings.moc"
