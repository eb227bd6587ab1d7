#include "EnvironmentsDialog.h"

#include "EnvironmentListModel.h"
#include "EnvironmentStore.h"
#include "EnvironmentValidator.h"
#include "SafePastePlainTextEdit.h"
#include "SecretStore.h"
#include "UserVariableEdits.h"
#include "environments/LoginFields.h"
#include "environments/UserVariablesTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

constexpr int maxTimeoutSeconds = 600;

const QList<Environment::LoginKind> &loginKinds()
{
    static const QList<Environment::LoginKind> kinds { Environment::LoginKind::EnterpriseMember,
        Environment::LoginKind::AccessKey, Environment::LoginKind::AppUser };
    return kinds;
}

// 0 stays 0: "the console's default".
int timeoutSeconds(int ms)
{
    return ms <= 0 ? 0 : std::clamp((ms + 500) / 1000, 1, maxTimeoutSeconds);
}

} // namespace

EnvironmentsDialog::EnvironmentsDialog(
    EnvironmentStore *store, SecretStore *secrets, QWidget *parent, UserVariableStore *variables)
    : QDialog(parent)
    , m_model(new EnvironmentListModel(store, secrets, this))
    , m_secrets(secrets)
    , m_variableStore(variables)
{
    setObjectName(u"environmentsDialog"_s);
    m_list = new QListView(this);
    m_list->setObjectName(u"environmentList"_s);
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add = new QPushButton(this);
    m_duplicate = new QPushButton(this);
    m_delete = new QPushButton(this);
    for (QPushButton *button : { m_add, m_duplicate, m_delete })
        button->setAutoDefault(false);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_baseUrlLabel = new QLabel(this);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"loginKind"_s);
    for (const Environment::LoginKind kind : loginKinds())
        m_kind->addItem(Environment::loginKindTitle(kind), int(kind));
    m_loginFields.emplace(this);
    m_secretNote = new QLabel(this);
    m_secretNote->setWordWrap(true);
    m_timeoutLabel = new QLabel(this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(0, maxTimeoutSeconds);
    m_certificatesLabel = new QLabel(this);
    m_certificates = new SafePastePlainTextEdit(this);
    m_certificates->setObjectName(u"certificates"_s);
    m_certificates->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_certificates->setTabChangesFocus(true);
    m_certificates->setMaximumHeight(120);
    m_nameLabel->setBuddy(m_name);
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_kindLabel->setBuddy(m_kind);
    m_timeoutLabel->setBuddy(m_timeout);
    m_certificatesLabel->setBuddy(m_certificates);
    m_builtInNote = new QLabel(this);
    m_builtInNote->setObjectName(u"builtInNote"_s);
    m_builtInNote->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"environmentError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b01c1c;"_s);

    m_form = new QFormLayout;
    m_form->addRow(m_nameLabel, m_name);
    m_form->addRow(m_baseUrlLabel, m_baseUrl);
    m_form->addRow(m_kindLabel, m_kind);
    m_loginFields->addRowsTo(m_form);
    m_form->addRow(QString(), m_secretNote);
    m_form->addRow(m_timeoutLabel, m_timeout);
    m_form->addRow(m_certificatesLabel, m_certificates);
    if (m_variableStore) {
        m_variablesLabel = new QLabel(this);
        m_variables = new UserVariablesTable(this);
        m_variablesLabel->setBuddy(m_variables->table());
        m_form->addRow(m_variablesLabel, m_variables);
    }
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveEnvironment"_s);
    m_revert = new QPushButton(this);
    for (QPushButton *button : { m_save, m_revert })
        button->setAutoDefault(false);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_save);
    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(m_builtInNote);
    formColumn->addLayout(m_form);
    formColumn->addWidget(m_error);
    formColumn->addStretch();
    formColumn->addLayout(formButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 2);
    columns->addLayout(formColumn, 5);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &EnvironmentsDialog::addEnvironment);
    connect(m_duplicate, &QPushButton::clicked, this, &EnvironmentsDialog::duplicateEnvironment);
    connect(m_delete, &QPushButton::clicked, this, &EnvironmentsDialog::confirmDelete);
    connect(m_save, &QPushButton::clicked, this, &EnvironmentsDialog::saveCurrent);
    connect(m_revert, &QPushButton::clicked, this, [this] { load(m_currentId); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &EnvironmentsDialog::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnvironmentsDialog::reselect);

    auto markDirty = [this] {
        if (!m_loading)
            setDirty(true);
    };
    for (QLineEdit *field :
        { m_name, m_baseUrl, m_loginFields->corpId(), m_loginFields->account() })
        connect(field, &QLineEdit::textEdited, this, markDirty);
    connect(m_loginFields->secret(), &QLineEdit::textEdited, this, [this, markDirty] {
        m_secretEdited = true;
        markDirty();
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, markDirty);
    if (m_variables)
        connect(m_variables, &UserVariablesTable::edited, this, markDirty);
    connect(m_certificates, &QPlainTextEdit::textChanged, this, markDirty);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, markDirty] {
        updateLoginLabels();
        markDirty();
    });
    connect(m_secrets, &SecretStore::keychainAvailabilityChanged, this,
        &EnvironmentsDialog::retranslateUi);

    retranslateUi();
    resize(760, m_variables ? 640 : 480);
    load(store->currentId());
}

EnvironmentsDialog::~EnvironmentsDialog() = default;

void EnvironmentsDialog::setDefaultTimeoutMs(int ms)
{
    m_defaultTimeoutMs = ms;
    retranslateUi();
}

void EnvironmentsDialog::load(const QString &id)
{
    int row = m_model->rowOf(id);
    if (row < 0)
        row = 0;
    const Environment environment = m_model->environment(row);
    m_currentId = environment.id;
    m_loading = true;
    m_name->setText(
        environment.builtIn ? EnvironmentStore::builtInName(environment.id) : environment.name);
    m_baseUrl->setText(environment.baseUrl.toDisplayString());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(environment.loginKind))));
    m_loginFields->corpId()->setText(environment.corpId);
    m_loginFields->account()->setText(environment.account);
    m_loginFields->secret()->clear();
    m_timeout->setValue(timeoutSeconds(environment.timeoutMs));
    QString pem;
    for (const QByteArray &certificate : environment.trustedCertificatesPem)
        pem += QString::fromUtf8(certificate);
    m_certificates->setPlainText(pem);
    if (m_variables)
        m_variables->setRows(UserVariableEdits::load(*m_variableStore, environment.id));
    for (QLineEdit *field : { m_name, m_baseUrl }) {
        field->setReadOnly(environment.builtIn);
        // A read-only field looks like any other in most styles: without the field's white
        // ground it reads as fixed text (still selectable and copyable).
        QPalette palette = this->palette();
        if (environment.builtIn)
            palette.setColor(QPalette::Base, palette.color(QPalette::Window));
        field->setPalette(palette);
        field->setFrame(!environment.builtIn);
    }
    m_delete->setEnabled(!environment.builtIn);
    m_builtInNote->setVisible(environment.builtIn);
    m_loading = false;
    m_secretEdited = false;
    m_error->clear();
    setDirty(false);
    updateLoginLabels();
    retranslateUi();
    reselect();
    m_model->readSecret(environment, this, [this, id = environment.id](const auto &secret) {
        if (secret && id == m_currentId && !m_secretEdited) {
            const QSignalBlocker blocker(m_loginFields->secret());
            m_loginFields->secret()->setText(*secret);
        }
    });
}

void EnvironmentsDialog::reselect()
{
    const int row = m_model->rowOf(m_currentId);
    if (row < 0) {
        // Deleted behind the editor's back (or never there): show the first one instead.
        if (m_model->rowCount() > 0 && !m_currentId.isEmpty()) {
            m_currentId.clear();
            load(m_model->environment(0).id);
        }
        return;
    }
    const QModelIndex index = m_model->index(row);
    if (m_list->currentIndex() == index)
        return;
    m_loading = true;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_loading = false;
}

void EnvironmentsDialog::onCurrentChanged(const QModelIndex &current, const QModelIndex &)
{
    if (m_loading || !current.isValid())
        return;
    const QString target = current.data(EnvironmentListModel::IdRole).toString();
    if (target == m_currentId)
        return;
    if (m_dirty && !saveCurrent()) {
        // Stay on the environment whose edits need fixing.
        reselect();
        return;
    }
    load(target);
}

bool EnvironmentsDialog::selectEnvironment(const QString &id)
{
    if (m_model->rowOf(id) < 0)
        return false;
    if (id == m_currentId)
        return true;
    if (m_dirty && !saveCurrent())
        return false;
    load(id);
    return true;
}

Environment EnvironmentsDialog::editedEnvironment(bool *certificatesOk) const
{
    Environment environment = m_model->environment(m_model->rowOf(m_currentId));
    environment.name = m_name->text();
    environment.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    environment.loginKind = Environment::LoginKind(m_kind->currentData().toInt());
    environment.corpId = environment.loginKind == Environment::LoginKind::AppUser
        ? m_loginFields->corpId()->text()
        : QString();
    environment.account = m_loginFields->account()->text();
    // Whole seconds in the editor; a stored value that rounds to the same keeps its precision.
    if (m_timeout->value() != timeoutSeconds(environment.timeoutMs))
        environment.timeoutMs = m_timeout->value() * 1000;
    const auto certificates
        = EnvironmentValidator::parseCertificates(m_certificates->toPlainText());
    *certificatesOk = certificates.has_value();
    if (certificates)
        environment.trustedCertificatesPem = *certificates;
    return environment;
}

bool EnvironmentsDialog::saveCurrent()
{
    if (m_currentId.isEmpty())
        return false;
    bool certificatesOk = false;
    const Environment environment = editedEnvironment(&certificatesOk);
    if (!certificatesOk) {
        showError(tr("The pinned certificates cannot be read: paste one or more PEM blocks "
                     "(-----BEGIN CERTIFICATE----- …), or leave the field empty."),
            m_certificates);
        return false;
    }
    if (m_variables) {
        // Checked before anything is stored, so a bad row saves nothing.
        if (const auto problem = UserVariableEdits::check(m_variables->rows())) {
            showError(problem->message);
            m_variables->focusRow(problem->row);
            return false;
        }
    }
    QString error;
    int field = 0;
    const QString id = m_model->save(environment,
        m_secretEdited ? std::optional<QString>(m_loginFields->secret()->text()) : std::nullopt,
        &error, &field);
    if (id.isEmpty()) {
        QWidget *widget = nullptr;
        switch (EnvironmentValidator::Field(field)) {
        case EnvironmentValidator::Field::Name:
            widget = m_name;
            break;
        case EnvironmentValidator::Field::BaseUrl:
            widget = m_baseUrl;
            break;
        case EnvironmentValidator::Field::CorpId:
            widget = m_loginFields->corpId();
            break;
        case EnvironmentValidator::Field::Account:
            widget = m_loginFields->account();
            break;
        case EnvironmentValidator::Field::Timeout:
            widget = m_timeout;
            break;
        case EnvironmentValidator::Field::Certificates:
            widget = m_certificates;
            break;
        case EnvironmentValidator::Field::None:
            break;
        }
        showError(error, widget);
        return false;
    }
    if (m_variables
        && !UserVariableEdits::apply(*m_variableStore, id, m_variables->rows(), &error)) {
        showError(error, m_variables->table());
        return false;
    }
    load(id);
    return true;
}

void EnvironmentsDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->selectAll();
    }
}

void EnvironmentsDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty)
        m_error->clear();
}

void EnvironmentsDialog::addEnvironment()
{
    if (m_dirty && !saveCurrent())
        return;
    load(m_model->addNew());
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void EnvironmentsDialog::duplicateEnvironment()
{
    if (m_dirty && !saveCurrent())
        return;
    const QString id = m_model->duplicate(m_currentId);
    if (id.isEmpty())
        return;
    load(id);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void EnvironmentsDialog::confirmDelete()
{
    const Environment environment = m_model->environment(m_model->rowOf(m_currentId));
    if (environment.id.isEmpty() || environment.builtIn)
        return;
    // Window-modal and non-blocking, so tests (and the event loop) can answer it.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Environment"),
        tr("Delete the environment “%1”?").arg(environment.name), QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDelete"_s);
    box->setInformativeText(
        tr("Its settings, its stored secret and its saved session are removed."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QString id = environment.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        if (button != remove)
            return;
        const int row = m_model->rowOf(id);
        m_dirty = false;
        if (m_model->remove(id))
            load(m_model->environment(std::max(0, row - 1)).id);
    });
    box->open();
}

void EnvironmentsDialog::done(int result)
{
    if (m_dirty && !saveCurrent()) {
        m_error->setText(m_error->text() + u' '
            + tr("Fix this, or press Revert to discard the changes, before closing."));
        return;
    }
    QDialog::done(result);
}

void EnvironmentsDialog::updateLoginLabels()
{
    m_loginFields->showKind(Environment::LoginKind(m_kind->currentData().toInt()));
}

void EnvironmentsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QDialog::changeEvent(event);
}

void EnvironmentsDialog::retranslateUi()
{
    setWindowTitle(tr("Environments"));
    m_add->setText(tr("&Add"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("De&lete"));
    m_nameLabel->setText(tr("&Name:"));
    m_baseUrlLabel->setText(tr("&Base URL:"));
    m_baseUrl->setPlaceholderText(tr("https://api2.xlink.cn"));
    m_kindLabel->setText(tr("Login &kind:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(
            i, Environment::loginKindTitle(Environment::LoginKind(m_kind->itemData(i).toInt())));
    m_loginFields->retranslate();
    m_secretNote->setText(m_secrets->keychainAvailable()
            ? tr("Kept in the system keychain, never in the settings file.")
            : tr("No system keychain: kept in memory until the console quits, never in a file."));
    m_timeoutLabel->setText(tr("&Timeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(
        tr("Default (%1 s)").arg(QLocale().toString(m_defaultTimeoutMs / 1000.0)));
    m_certificatesLabel->setText(tr("Pinned &certificates:"));
    if (m_variables) {
        m_variablesLabel->setText(tr("&Variables:"));
        m_variables->retranslateUi(m_secrets->keychainAvailable());
    }
    m_certificates->setPlaceholderText(
        tr("Optional: PEM certificates (a private CA or the server's own) trusted for this "
           "environment only, in addition to the system's."));
    const bool builtIn = m_model->environment(m_model->rowOf(m_currentId)).builtIn;
    if (builtIn) {
        m_builtInNote->setText(tr("Built in: its name and URL are fixed and it cannot be deleted. "
                                  "Duplicate it to make your own variant."));
        if (!m_dirty) {
            const QSignalBlocker blocker(m_name);
            m_name->setText(EnvironmentStore::builtInName(m_currentId));
        }
    }
    if (m_currentId == EnvironmentStore::sandboxId)
        m_baseUrl->setPlaceholderText(tr("Chosen when the sandbox starts"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Revert"));
    updateLoginLabels();
}

} // namespace xlink
