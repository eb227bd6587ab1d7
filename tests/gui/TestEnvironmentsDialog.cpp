// The environments editor driven like a user: add, edit, duplicate and delete environments,
// built-ins protected, edits checked with messages that say what to fix, secrets kept out of
// the settings file. Also the console's Manage button and edits applied to the session.

#include "ApiClient.h"
#include "CallWorkspace.h"
#include "EnvironmentStore.h"
#include "PlaceholderTableWidget.h"
#include "SafePastePlainTextEdit.h"
#include "SecretStore.h"
#include "Session.h"
#include "UserVariableStore.h"
#include "ViewportImage.h"
#include "console/ApiConsoleWidget.h"
#include "environments/EnvironmentListModel.h"
#include "environments/EnvironmentsDialog.h"
#include "environments/UserVariablesTable.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using xlink::test::viewportImage;

namespace xlink {

class TestEnvironmentsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelIsConsistent();
    void builtInsCanBeDuplicatedNotDeleted();
    void addEditAndSaveAUserEnvironment();
    void invalidEditsAreRefusedWithAMessage_data();
    void invalidEditsAreRefusedWithAMessage();
    void invalidEditsKeepTheSelection();
    void deleteAsksThenForgetsSecrets();
    void pinnedCertificatesAreSaved();
    void consoleOpensTheEditorAndKeepsTheSessionOnATimeoutEdit();
    void variablesTableSavesSecretsOnlyInTheKeychain();
    void variablesTableWorksByKeyboard();
    void anEmptyVariablesTableSaysHowToFillItAndShowsTheFocus();

private:
    // With `variables`, the dialog shows their Variables table.
    void showDialogUntilItIsActive(UserVariableStore *variables = nullptr);
    void clickRow(const QString &id);
    static void retype(QLineEdit *field, const QString &text);
    // The view's viewport as it paints itself, without the widgets in its cells.
    QByteArray settingsText();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<EnvironmentStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EnvironmentsDialog> m_dialog;
};

void TestEnvironmentsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Translations::install(Language::English);
}

void TestEnvironmentsDialog::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"env.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    m_store = std::make_unique<EnvironmentStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(u"xlink-console-test"_s);
    m_secrets->setKeychainEnabled(false);
}

void TestEnvironmentsDialog::cleanup()
{
    m_dialog.reset();
    m_secrets.reset();
    m_store.reset();
    m_settings.reset();
}

void TestEnvironmentsDialog::showDialogUntilItIsActive(UserVariableStore *variables)
{
    m_dialog
        = std::make_unique<EnvironmentsDialog>(m_store.get(), m_secrets.get(), nullptr, variables);
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestEnvironmentsDialog::clickRow(const QString &id)
{
    QListView *list = m_dialog->listView();
    const QModelIndex index = m_dialog->model()->index(m_dialog->model()->rowOf(id));
    QVERIFY(index.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}

void TestEnvironmentsDialog::retype(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    // Chinese arrives the way an input method commits it (QTest::keyClicks takes Latin-1 only).
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0xff; })) {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(field, &commit);
        return;
    }
    QTest::keyClicks(field, text);
}

QByteArray TestEnvironmentsDialog::settingsText()
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestEnvironmentsDialog::modelIsConsistent()
{
    EnvironmentListModel model(m_store.get(), m_secrets.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Local sandbox"_s);
    QVERIFY(model.index(0).data(EnvironmentListModel::BuiltInRole).toBool());
    const QString id = model.addNew();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(id), 2);
    QVERIFY(!model.index(2).data(EnvironmentListModel::BuiltInRole).toBool());
    QVERIFY(!model.duplicate(id).isEmpty());
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.remove(id));
    QVERIFY(!model.remove(EnvironmentStore::sandboxId.toString()));
    QCOMPARE(model.rowCount(), 3);
}

void TestEnvironmentsDialog::builtInsCanBeDuplicatedNotDeleted()
{
    showDialogUntilItIsActive();
    QCOMPARE(m_dialog->currentId(), EnvironmentStore::sandboxId.toString());
    QVERIFY(!m_dialog->deleteButton()->isEnabled());
    QVERIFY(m_dialog->nameField()->isReadOnly());
    QVERIFY(m_dialog->baseUrlField()->isReadOnly());
    QVERIFY(m_dialog->builtInNote()->isVisible());
    // And they look it: no field frame, no field ground.
    for (QLineEdit *field : { m_dialog->nameField(), m_dialog->baseUrlField() }) {
        QVERIFY(!field->hasFrame());
        QCOMPARE(
            field->palette().color(QPalette::Base), m_dialog->palette().color(QPalette::Window));
    }

    clickRow(EnvironmentStore::productionId.toString());
    QCOMPARE(m_dialog->currentId(), EnvironmentStore::productionId.toString());
    QCOMPARE(m_dialog->baseUrlField()->text(), u"https://api2.xlink.cn"_s);
    QVERIFY(!m_dialog->deleteButton()->isEnabled());

    QTest::mouseClick(m_dialog->duplicateButton(), Qt::LeftButton);
    const QString copyId = m_dialog->currentId();
    QVERIFY(copyId != EnvironmentStore::productionId);
    QCOMPARE(m_dialog->nameField()->text(), u"XLink production (copy)"_s);
    QVERIFY(!m_dialog->nameField()->isReadOnly());
    QVERIFY(m_dialog->nameField()->hasFrame());
    QCOMPARE(m_dialog->nameField()->palette().color(QPalette::Base),
        m_dialog->palette().color(QPalette::Base));
    QVERIFY(m_dialog->deleteButton()->isEnabled());
    QVERIFY(!m_dialog->builtInNote()->isVisible());
    QCOMPARE(
        m_dialog->listView()->currentIndex().data(EnvironmentListModel::IdRole).toString(), copyId);
    QCOMPARE(m_store->environments().size(), 3);
    // The built-ins are still there, unchanged.
    QCOMPARE(m_store->find(EnvironmentStore::productionId.toString())->name, u"XLink production"_s);
}

void TestEnvironmentsDialog::addEditAndSaveAUserEnvironment()
{
    showDialogUntilItIsActive();
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    const QString id = m_dialog->currentId();
    QVERIFY(!m_store->find(id)->builtIn);
    // The name field has the focus with its text selected: typing replaces it.
    QTRY_COMPARE(QApplication::focusWidget(), m_dialog->nameField());
    QTest::keyClicks(m_dialog->nameField(), u"Staging "_s);
    m_dialog->nameField()->insert(u"测试"_s); // what an input method commits
    QVERIFY(m_dialog->hasUnsavedChanges());
    retype(m_dialog->baseUrlField(), u"https://staging.example.com:8443/api"_s);
    m_dialog->loginKindCombo()->setCurrentIndex(
        m_dialog->loginKindCombo()->findData(int(Environment::LoginKind::AppUser)));
    QVERIFY(m_dialog->corpIdField()->isVisible());
    QTest::keyClicks(m_dialog->corpIdField(), u"5a1f0c0de0000001"_s);
    QTest::keyClicks(m_dialog->accountField(), u"user@example.com"_s);
    QTest::keyClicks(m_dialog->secretField(), u"pa55-word-SENTINEL"_s);
    m_dialog->timeoutField()->setFocus();
    m_dialog->timeoutField()->selectAll();
    QTest::keyClicks(m_dialog->timeoutField(), u"12"_s);
    QVERIFY(m_dialog->hasUnsavedChanges());
    QVERIFY(m_dialog->saveButton()->isEnabled());
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(!m_dialog->hasUnsavedChanges(), qPrintable(m_dialog->errorLabel()->text()));

    const std::optional<Environment> saved = m_store->find(id);
    QVERIFY(saved);
    QCOMPARE(saved->name, u"Staging 测试"_s);
    QCOMPARE(saved->baseUrl, QUrl(u"https://staging.example.com:8443/api"_s));
    QCOMPARE(saved->loginKind, Environment::LoginKind::AppUser);
    QCOMPARE(saved->corpId, u"5a1f0c0de0000001"_s);
    QCOMPARE(saved->account, u"user@example.com"_s);
    QCOMPARE(saved->timeoutMs, 12000);
    QCOMPARE(m_secrets->cached(saved->secretKey(Environment::Secret::Password)),
        std::optional<QString>(u"pa55-word-SENTINEL"_s));
    QVERIFY(!settingsText().contains("SENTINEL"));

    // Moving to another environment and back shows what was saved, secret included.
    clickRow(EnvironmentStore::sandboxId.toString());
    clickRow(id);
    QCOMPARE(m_dialog->accountField()->text(), u"user@example.com"_s);
    QTRY_COMPARE(m_dialog->secretField()->text(), u"pa55-word-SENTINEL"_s);

    // An edit that is not saved by hand is saved when moving on (it is valid).
    retype(m_dialog->accountField(), u"other@example.com"_s);
    clickRow(EnvironmentStore::productionId.toString());
    QCOMPARE(m_store->find(id)->account, u"other@example.com"_s);

    // And closing saves too.
    clickRow(id);
    m_dialog->timeoutField()->setValue(45);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_store->find(id)->timeoutMs, 45000);
}

void TestEnvironmentsDialog::invalidEditsAreRefusedWithAMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("corpId");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focused");

    QTest::newRow("empty name") << u"  "_s << u"https://a.example"_s << QString() << QString()
                                << u"Give the environment a name."_s << u"name"_s;
    QTest::newRow("taken by a built-in")
        << u"xlink PRODUCTION"_s << u"https://a.example"_s << QString() << QString()
        << u"Another environment is already called “XLink production”"_s << u"name"_s;
    QTest::newRow("a built-in in Chinese")
        << u"本地沙箱"_s << u"https://a.example"_s << QString() << QString()
        << u"is the name of a built-in environment in another language"_s << u"name"_s;
    QTest::newRow("ftp") << u"A"_s << u"ftp://files.example.com"_s << QString() << QString()
                         << u"must start with http:// or https://"_s << u"baseUrl"_s;
    QTest::newRow("no scheme") << u"A"_s << u"api2.xlink.cn"_s << QString() << QString()
                               << u"must start with http:// or https://"_s << u"baseUrl"_s;
    QTest::newRow("query") << u"A"_s << u"https://a.example/?x=1"_s << QString() << QString()
                           << u"cannot carry a query"_s << u"baseUrl"_s;
    QTest::newRow("corp id") << u"A"_s << u"https://a.example"_s << u"not-hex"_s << QString()
                             << u"16 hexadecimal characters"_s << u"corpId"_s;
    QTest::newRow("certificate")
        << u"A"_s << u"https://a.example"_s << QString()
        << u"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----"_s
        << u"pinned certificates cannot be read"_s << u"certificates"_s;
}

void TestEnvironmentsDialog::invalidEditsAreRefusedWithAMessage()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, corpId);
    QFETCH(QString, certificate);
    QFETCH(QString, message);
    QFETCH(QString, focused);

    Environment existing;
    existing.name = u"Existing"_s;
    existing.baseUrl = QUrl(u"https://existing.example"_s);
    const QString id = m_store->add(existing);
    showDialogUntilItIsActive();
    QVERIFY(m_dialog->selectEnvironment(id));
    retype(m_dialog->nameField(), name);
    retype(m_dialog->baseUrlField(), url);
    if (!corpId.isEmpty()) {
        m_dialog->loginKindCombo()->setCurrentIndex(
            m_dialog->loginKindCombo()->findData(int(Environment::LoginKind::AppUser)));
        QTest::keyClicks(m_dialog->corpIdField(), corpId);
    }
    if (!certificate.isEmpty())
        m_dialog->certificatesField()->setPlainText(certificate);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);

    QVERIFY2(m_dialog->errorLabel()->text().contains(message),
        qPrintable(m_dialog->errorLabel()->text()));
    QVERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    QVERIFY(m_dialog->hasUnsavedChanges());
    // Nothing changed in the store.
    QCOMPARE(m_store->find(id)->name, u"Existing"_s);
    QCOMPARE(m_store->find(id)->baseUrl, QUrl(u"https://existing.example"_s));

    // Closing does not lose the edits silently: the dialog stays and says how to get out.
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->errorLabel()->text().contains(u"Revert"));
    QTest::mouseClick(m_dialog->revertButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->nameField()->text(), u"Existing"_s);
    QVERIFY(!m_dialog->hasUnsavedChanges());
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
}

void TestEnvironmentsDialog::invalidEditsKeepTheSelection()
{
    Environment existing;
    existing.name = u"Existing"_s;
    existing.baseUrl = QUrl(u"https://existing.example"_s);
    const QString id = m_store->add(existing);
    showDialogUntilItIsActive();
    clickRow(id);
    retype(m_dialog->baseUrlField(), u"mailto:someone@example.com"_s);
    clickRow(EnvironmentStore::sandboxId.toString());
    QCOMPARE(m_dialog->currentId(), id);
    QCOMPARE(
        m_dialog->listView()->currentIndex().data(EnvironmentListModel::IdRole).toString(), id);
    QVERIFY(m_dialog->errorLabel()->text().contains(u"http://"));
    QCOMPARE(m_dialog->baseUrlField()->text(), u"mailto:someone@example.com"_s);
    // Add and duplicate wait for the fix as well.
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    QCOMPARE(m_store->environments().size(), 3);
}

void TestEnvironmentsDialog::deleteAsksThenForgetsSecrets()
{
    Environment existing;
    existing.name = u"Doomed"_s;
    existing.baseUrl = QUrl(u"https://doomed.example"_s);
    existing.loginKind = Environment::LoginKind::AccessKey;
    const QString id = m_store->add(existing);
    existing.id = id;
    m_secrets->write(existing.secretKey(Environment::Secret::AccessKeySecret), u"key-secret"_s);
    m_secrets->write(existing.secretKey(Environment::Secret::Session), u"{}"_s);
    showDialogUntilItIsActive();
    clickRow(id);
    QTRY_COMPARE(m_dialog->secretField()->text(), u"key-secret"_s);

    // Cancel keeps it.
    QTest::mouseClick(m_dialog->deleteButton(), Qt::LeftButton);
    auto *box = m_dialog->findChild<QMessageBox *>(u"confirmDelete"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(u"Doomed"));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(m_store->find(id));

    QTest::mouseClick(m_dialog->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"confirmDelete"_s)));
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QVERIFY(!m_store->find(id));
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    QCOMPARE(m_dialog->currentId(), EnvironmentStore::productionId.toString());
    QVERIFY(!m_secrets->cached(existing.secretKey(Environment::Secret::AccessKeySecret)));
    QVERIFY(!m_secrets->cached(existing.secretKey(Environment::Secret::Session)));
}

void TestEnvironmentsDialog::pinnedCertificatesAreSaved()
{
    QByteArray pem;
    for (const QString &name : { u"ca.pem"_s, u"self-signed.pem"_s }) {
        QFile file(QStringLiteral(XLINK_TEST_DATA_DIR) + u"/tls/"_s + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        pem += file.readAll();
    }
    Environment existing;
    existing.name = u"Private"_s;
    existing.baseUrl = QUrl(u"https://private.example"_s);
    const QString id = m_store->add(existing);
    showDialogUntilItIsActive();
    clickRow(id);
    QVERIFY(qobject_cast<SafePastePlainTextEdit *>(m_dialog->certificatesField()));
    m_dialog->certificatesField()->setPlainText(QString::fromLatin1(pem));
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(!m_dialog->hasUnsavedChanges(), qPrintable(m_dialog->errorLabel()->text()));
    const QList<QByteArray> saved = m_store->find(id)->trustedCertificatesPem;
    QCOMPARE(saved.size(), 2);
    QCOMPARE(QSslCertificate::fromData(saved.at(0)), QSslCertificate::fromData(pem).mid(0, 1));
    // Shown again as PEM; clearing the field removes the pins.
    clickRow(EnvironmentStore::sandboxId.toString());
    clickRow(id);
    QVERIFY(m_dialog->certificatesField()->toPlainText().count(u"BEGIN CERTIFICATE") == 2);
    m_dialog->certificatesField()->clear();
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY(m_store->find(id)->trustedCertificatesPem.isEmpty());
}

void TestEnvironmentsDialog::consoleOpensTheEditorAndKeepsTheSessionOnATimeoutEdit()
{
    CallWorkspace controller(m_settings.get());
    controller.secrets()->setKeychainEnabled(false);
    ApiConsoleWidget console(&controller);
    console.resize(1100, 760);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QTest::keyClicks(console.secretField(), u"sandbox123"_s);
    QTest::mouseClick(console.loginButton(), Qt::LeftButton);
    QTRY_VERIFY(controller.client()->session()->isLoggedIn());

    QTest::mouseClick(console.manageEnvironmentsButton(), Qt::LeftButton);
    auto *dialog = console.findChild<EnvironmentsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentId(), EnvironmentStore::sandboxId.toString());
    dialog->timeoutField()->setValue(7);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(controller.client()->environment().timeoutMs, 7000);
    QVERIFY(controller.client()->session()->isLoggedIn());

    // A new environment shows up in the console's list at once; deleting it removes it.
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    retype(dialog->nameField(), u"Fresh"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(console.environmentCombo()->findText(u"Fresh"_s) >= 0);
    dialog->reject();
    QTRY_VERIFY(!console.findChild<EnvironmentsDialog *>());
}

void TestEnvironmentsDialog::variablesTableWorksByKeyboard()
{
    UserVariableStore variables(m_secrets.get(), m_settings.get());
    showDialogUntilItIsActive(&variables);
    if (QTest::currentTestFailed())
        return;
    UserVariablesTable *table = m_dialog->variablesTable();
    // Add by its mnemonic, type the name, Tab, the value, Tab, Space: a secret variable.
    QTest::keyClick(m_dialog.get(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), table->nameField(0));
    QTest::keyClicks(QApplication::focusWidget(), u"password"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table->valueField(0));
    QTest::keyClicks(QApplication::focusWidget(), u"sandbox123"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table->secretBox(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(table->secretBox(0)->isChecked());
}

void TestEnvironmentsDialog::anEmptyVariablesTableSaysHowToFillItAndShowsTheFocus()
{
    // Tabbing through the editor, a user sees where they are on the empty Variables table and
    // how to fill it: Qt itself draws nothing in an empty view.
    UserVariableStore variables(m_secrets.get(), m_settings.get());
    showDialogUntilItIsActive(&variables);
    if (QTest::currentTestFailed())
        return;
    PlaceholderTableWidget *view = m_dialog->variablesTable()->table();
    QCOMPARE(view->rowCount(), 0);
    QVERIFY(view->showsPlaceholder());
    QVERIFY2(view->placeholderText().contains(u"Add Variable (Alt+D)"_s),
        qPrintable(view->placeholderText()));
    QVERIFY(!view->hasFocus());
    const QImage unfocused = viewportImage(view);
    QImage blank(unfocused.size(), unfocused.format());
    blank.fill(view->palette().color(QPalette::Base));
    QVERIFY(unfocused != blank); // the text is there without the focus too

    for (int presses = 0; presses < 40 && !view->hasFocus(); ++presses)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(view->hasFocus());
    const QImage focused = viewportImage(view);
    QCOMPARE(focused.size(), unfocused.size());
    QVERIFY(focused != unfocused);
    QTest::keyClick(view, Qt::Key_Tab);
    QTRY_VERIFY(!view->hasFocus());
    QCOMPARE(viewportImage(view), unfocused);

    // A row added (by the shortcut the text names): the text is gone, focused or not.
    QTest::keyClick(m_dialog.get(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(view->rowCount(), 1);
    QVERIFY(!view->showsPlaceholder());
    const QImage withRow = viewportImage(view);
    const QString text = view->placeholderText();
    view->setPlaceholderText(QString());
    QCOMPARE(viewportImage(view), withRow);
    view->setPlaceholderText(text);

    // Removed again: the text is back.
    QTest::mouseClick(m_dialog->variablesTable()->removeButton(), Qt::LeftButton);
    QCOMPARE(view->rowCount(), 0);
    QVERIFY(view->showsPlaceholder());
}

void TestEnvironmentsDialog::variablesTableSavesSecretsOnlyInTheKeychain()
{
    UserVariableStore variables(m_secrets.get(), m_settings.get());
    showDialogUntilItIsActive(&variables);
    if (QTest::currentTestFailed())
        return;
    const QString id = m_dialog->currentId();
    UserVariablesTable *table = m_dialog->variablesTable();
    QVERIFY(table);
    // The built-in ones are named, so a user knows {{baseUrl}}, {{corpId}}... exist.
    for (const char *name : { "{{baseUrl}}", "{{corpId}}", "{{userId}}" })
        QVERIFY(table->builtInNote()->text().contains(QLatin1StringView(name)));

    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), table->nameField(0));
    QTest::keyClicks(table->nameField(0), u"pid"_s);
    QTest::keyClicks(table->valueField(0), u"p-1"_s);
    QVERIFY(m_dialog->hasUnsavedChanges());
    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    QTest::keyClicks(table->nameField(1), u"appKey"_s);
    QTest::keyClicks(table->valueField(1), u"s3cret-value"_s);
    QTest::mouseClick(table->secretBox(1), Qt::LeftButton);
    QVERIFY(table->secretBox(1)->isChecked());
    QCOMPARE(table->valueField(1)->echoMode(), QLineEdit::Password); // masked

    // A name {{ }} does not accept, and a built-in one, are refused with a message.
    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    QTest::keyClicks(table->nameField(2), u"1 bad"_s);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(m_dialog->errorLabel()->text().contains(u"cannot be a variable name"_s),
        qPrintable(m_dialog->errorLabel()->text()));
    QCOMPARE(QApplication::focusWidget(), table->nameField(2));
    QVERIFY(variables.variables(id).isEmpty()); // nothing stored
    table->nameField(2)->selectAll();
    QTest::keyClicks(table->nameField(2), u"baseUrl"_s);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY(m_dialog->errorLabel()->text().contains(u"is built in"_s));
    table->nameField(2)->setFocus();
    QTest::mouseClick(table->removeButton(), Qt::LeftButton);
    QCOMPARE(table->table()->rowCount(), 2);

    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(!m_dialog->hasUnsavedChanges(), qPrintable(m_dialog->errorLabel()->text()));
    const QList<UserVariableStore::Variable> stored = variables.variables(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0), (UserVariableStore::Variable { u"pid"_s, u"p-1"_s, false }));
    QCOMPARE(stored.at(1), (UserVariableStore::Variable { u"appKey"_s, QString(), true }));
    std::optional<QString> secret;
    bool read = false;
    m_secrets->read(UserVariableStore::secretKey(id, u"appKey"_s), this,
        [&](const std::optional<QString> &value) {
            secret = value;
            read = true;
        });
    QTRY_VERIFY(read);
    QCOMPARE(secret, std::optional<QString>(u"s3cret-value"_s));
    // In no file under the test's home or folder.
    m_settings->sync();
    for (const QString &root : { QDir::homePath(), m_dir.path() }) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 4 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains("s3cret-value"), qPrintable(file.fileName()));
        }
    }

    // Reopened: the plain value shown, the secret one masked and kept until retyped.
    m_dialog.reset();
    m_dialog
        = std::make_unique<EnvironmentsDialog>(m_store.get(), m_secrets.get(), nullptr, &variables);
    m_dialog->show();
    table = m_dialog->variablesTable();
    QCOMPARE(table->table()->rowCount(), 2);
    QCOMPARE(table->valueField(0)->text(), u"p-1"_s);
    QVERIFY(table->secretBox(1)->isChecked());
    QVERIFY(table->valueField(1)->text().isEmpty());
    QVERIFY(table->valueField(1)->placeholderText().contains(u"Kept in"_s));
    QTest::keyClicks(table->valueField(0), u"0"_s);
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->hasUnsavedChanges());
    QCOMPARE(variables.variables(id).at(0).value, u"p-10"_s);
    read = false;
    m_secrets->read(UserVariableStore::secretKey(id, u"appKey"_s), this,
        [&](const std::optional<QString> &value) {
            secret = value;
            read = true;
        });
    QTRY_VERIFY(read);
    QCOMPARE(secret, std::optional<QString>(u"s3cret-value"_s));
}

} // namespace xlink

QTEST_MAIN(xlink::TestEnvironmentsDialog)
#include "TestEnvironmentsDialog.moc"
