#pragma once

#include "PlaceholderTableWidget.h"
#include "UserVariableEdits.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace xlink {

// The environments editor's Variables table: the user's own `{{name}}` variables of one
// environment (name, value, Secret), rows added and removed, a secret value masked and never
// shown again once stored. What can be saved and how is UserVariableEdits'; this widget only
// shows the rows and says which names the environment gives itself.
class UserVariablesTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserVariablesTable)

public:
    explicit UserVariablesTable(QWidget *parent = nullptr);
    ~UserVariablesTable() override;

    void setRows(const QList<UserVariableEdits::Row> &rows);
    QList<UserVariableEdits::Row> rows() const;
    // Shows the first field of `row` (a problem there).
    void focusRow(int row);
    void retranslateUi(bool keychainAvailable);

    PlaceholderTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *builtInNote() const { return m_builtIn; }
    QLineEdit *nameField(int row) const;
    QLineEdit *valueField(int row) const;
    QCheckBox *secretBox(int row) const;

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendRow(const UserVariableEdits::Row &row);
    void addRow();
    void removeCurrentRow();
    void showSecret(int row);

    PlaceholderTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_builtIn = nullptr;
    bool m_keychainAvailable = true;
    // Per row: loaded as a secret not retyped since, and the name it was stored under.
    QList<UserVariableEdits::Row> m_loaded;
};

} // namespace xlink
