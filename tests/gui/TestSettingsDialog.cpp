// The settings dialog: values shown and read back in their units, Restore Defaults, and through
// the main window's menu action: accepted values saved to QSettings and applied at once to the
// API client, the response view and the failure log.

#include "ApiClient.h"
#include "CallSettings.h"
#include "CallWorkspace.h"
#include "FailureStore.h"
#include "LogDatabase.h"
#include "LogSettings.h"
#include "MainWindow.h"
#include "console/ApiConsoleWidget.h"
#include "console/ResponseViewWidget.h"
#include "settings/SettingsDialog.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void showsAndReadsBackValues();
    void restoreDefaults();
    void acceptedSettingsAreSavedAndAppliedAtOnce();
    void cancelChangesNothing();
    void aSaveThatFailsIsReported();

private:
    static void typeValue(QAbstractSpinBox *box, const QString &text);
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
        QFile::remove(LogDatabase::defaultPath() + suffix);
    Translations::install(Language::English);
}

void TestSettingsDialog::cleanup()
{
    QSettings().clear();
}

void TestSettingsDialog::typeValue(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

void TestSettingsDialog::showsAndReadsBackValues()
{
    SettingsDialog dialog;
    // The defaults the issue asks for.
    QCOMPARE(dialog.timeoutField()->value(), 30);
    QCOMPARE(dialog.maxResponseField()->value(), 200);
    QCOMPARE(dialog.displayLimitField()->value(), 2.0);
    QCOMPARE(dialog.callSettings(), CallSettings());
    QCOMPARE(dialog.logSettings(), LogSettings());

    CallSettings console;
    console.defaultTimeoutMs = 12'000;
    console.maxResponseBytes = 50LL * 1024 * 1024;
    console.displayLimitBytes = 512 * 1024;
    console.recordOffSchemaAnswers = true;
    LogSettings log;
    log.bodyCapBytes = 64 * 1024;
    log.maxFailures = 0; // no limit
    log.failureDays = 90;
    log.maxSuccesses = 500;
    log.successDays = 0; // forever
    dialog.setValues(console, log);
    QCOMPARE(dialog.displayLimitField()->value(), 0.5);
    QVERIFY(dialog.recordOffSchemaField()->isChecked());
    QCOMPARE(dialog.maxFailuresField()->text(), u"No limit"_s);
    QCOMPARE(dialog.successDaysField()->text(), u"Forever"_s);
    QCOMPARE(dialog.callSettings(), console);
    QCOMPARE(dialog.logSettings(), log);
}

void TestSettingsDialog::restoreDefaults()
{
    SettingsDialog dialog;
    CallSettings console;
    console.defaultTimeoutMs = 5000;
    LogSettings log;
    log.bodyCapBytes = 1024;
    dialog.setValues(console, log);
    dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.callSettings(), CallSettings());
    QCOMPARE(dialog.logSettings(), LogSettings());
}

void TestSettingsDialog::acceptedSettingsAreSavedAndAppliedAtOnce()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Through the File menu, like a user.
    QAction *action = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *item : menu->menu()->actions()) {
            if (item->text() == u"&Settings…")
                action = item;
        }
    }
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    typeValue(dialog->timeoutField(), u"7"_s);
    typeValue(dialog->maxResponseField(), u"64"_s);
    typeValue(dialog->displayLimitField(), u"0.1"_s);
    typeValue(dialog->bodyCapField(), u"32"_s);
    typeValue(dialog->failureDaysField(), u"30"_s);
    typeValue(dialog->maxSuccessesField(), u"100"_s);
    QVERIFY(!dialog->recordOffSchemaField()->isChecked());
    QTest::mouseClick(dialog->recordOffSchemaField(), Qt::LeftButton);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());

    // Applied: the client, the failure log.
    ApiClient *client = window.workspace()->client();
    QCOMPARE(client->defaultTimeoutMs(), 7000);
    QCOMPARE(client->effectiveTimeoutMs(), 7000); // the local sandbox sets no timeout of its own
    QCOMPARE(client->maxResponseBytes(), 64LL * 1024 * 1024);
    QVERIFY(client->checksResponseSchema());
    QCOMPARE(window.failureStore()->settings().bodyCapBytes, 32 * 1024);
    QCOMPARE(window.failureStore()->settings().failureDays, 30);
    QCOMPARE(window.failureStore()->settings().maxSuccesses, 100);

    // The response view cuts a body above the new display limit (0.1 MB).
    QByteArray body = "[";
    for (int i = 0; i < 40'000; ++i)
        body += (i ? "," : "") + QByteArray::number(i);
    body += "]";
    QVERIFY(body.size() > 1024 * 1024 / 10 && body.size() < 2 * 1024 * 1024);
    CallRecord record;
    record.method = "GET";
    record.httpStatus = 200;
    record.responseBody = body;
    record.responseSize = body.size();
    ResponseViewWidget *view = window.apiConsole()->responseView();
    QSignalSpy shown(view, &ResponseViewWidget::bodyShown);
    view->showRecord(record);
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(view->limitBanner()->isVisibleTo(view));

    // Saved: the next start reads the same.
    const CallSettings console = CallSettings::load();
    QCOMPARE(console.defaultTimeoutMs, 7000);
    QCOMPARE(console.maxResponseBytes, 64LL * 1024 * 1024);
    QCOMPARE(console.displayLimitBytes, qint64(0.1 * 1024 * 1024 + 0.5));
    QVERIFY(console.recordOffSchemaAnswers);
    QCOMPARE(LogSettings::load(), window.failureStore()->settings());
}

void TestSettingsDialog::cancelChangesNothing()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SettingsDialog *dialog = window.showSettings();
    QTRY_VERIFY(dialog->isVisible());
    typeValue(dialog->timeoutField(), u"9"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());
    QCOMPARE(window.workspace()->client()->defaultTimeoutMs(), 30'000);
    QCOMPARE(CallSettings::load(), CallSettings());
}

void TestSettingsDialog::aSaveThatFailsIsReported()
{
    // A folder where the settings file should be: no one, root included, can write it.
    const QString file = QSettings().fileName();
    QFile::remove(file);
    QVERIFY(QDir().mkpath(file));
    const auto restore = qScopeGuard([&file] { QDir(file).removeRecursively(); });
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SettingsDialog *dialog = window.showSettings();
    QTRY_VERIFY(dialog->isVisible());
    typeValue(dialog->timeoutField(), u"9"_s);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"settingsNotSaved"_s)) != nullptr);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->informativeText().contains(QDir::toNativeSeparators(file)),
        qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(u"a folder has that name"_s),
        qPrintable(box->informativeText()));
    // Applied for this run all the same.
    QCOMPARE(window.workspace()->client()->defaultTimeoutMs(), 9000);
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"settingsNotSaved"_s));
}

} // namespace xlink

QTEST_MAIN(xlink::TestSettingsDialog)
#include "TestSettingsDialog.moc"
