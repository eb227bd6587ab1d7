#pragma once

#include "Environment.h"
#include "environments/LoginFields.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace xlink {

class EnvironmentListModel;
class EnvironmentStore;
class SecretStore;
class UserVariablesTable;
class UserVariableStore;

// The environments editor: the list on the left (built-ins first), the selected environment's
// fields on the right. Users add, edit, duplicate and delete their own environments; the two
// built-ins keep their name and URL and cannot be deleted, but can be duplicated. Edits are
// checked before they are stored (unique name, http(s) URL, ...) and the message says what to fix.
// Moving to another environment or closing saves valid edits; invalid ones keep the editor where
// it is. The login secret goes to SecretStore, never to the settings. With a UserVariableStore,
// a Variables table holds the environment's own `{{name}}` variables, saved with it (the rules
// are UserVariableEdits').
class EnvironmentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsDialog)

public:
    EnvironmentsDialog(EnvironmentStore *store, SecretStore *secrets, QWidget *parent = nullptr,
        UserVariableStore *variables = nullptr);
    ~EnvironmentsDialog() override;

    // Shows `id` in the editor (saving the current edits first, as a click in the list would).
    bool selectEnvironment(const QString &id);
    QString currentId() const { return m_currentId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // Saves the edits; false with the reason shown in errorLabel() when they cannot be saved.
    bool saveCurrent();

    // Shown as the timeout of environments that do not set their own.
    void setDefaultTimeoutMs(int ms);

    EnvironmentListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *baseUrlField() const { return m_baseUrl; }
    QComboBox *loginKindCombo() const { return m_kind; }
    QLineEdit *corpIdField() const { return m_loginFields->corpId(); }
    QLineEdit *accountField() const { return m_loginFields->account(); }
    QLineEdit *secretField() const { return m_loginFields->secret(); }
    QSpinBox *timeoutField() const { return m_timeout; }
    QPlainTextEdit *certificatesField() const { return m_certificates; }
    QLabel *builtInNote() const { return m_builtInNote; }
    QLabel *errorLabel() const { return m_error; }
    // Null without a UserVariableStore.
    UserVariablesTable *variablesTable() const { return m_variables; }

public Q_SLOTS:
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLoginLabels();
    void load(const QString &id);
    void setDirty(bool dirty);
    void showError(const QString &message, QWidget *field = nullptr);
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void reselect();
    void addEnvironment();
    void duplicateEnvironment();
    void confirmDelete();
    Environment editedEnvironment(bool *certificatesOk) const;

    EnvironmentListModel *m_model;
    SecretStore *m_secrets;
    UserVariableStore *m_variableStore;
    QString m_currentId;
    bool m_dirty = false;
    bool m_secretEdited = false;
    bool m_loading = false;
    int m_defaultTimeoutMs = CallSettings::defaultTimeout;

    QListView *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_baseUrlLabel = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    std::optional<LoginFields> m_loginFields;
    QLabel *m_secretNote = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_certificatesLabel = nullptr;
    QPlainTextEdit *m_certificates = nullptr;
    QLabel *m_builtInNote = nullptr;
    QLabel *m_variablesLabel = nullptr;
    UserVariablesTable *m_variables = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace xlink
