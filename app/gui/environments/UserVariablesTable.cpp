#include "UserVariablesTable.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

enum Column { NameColumn, ValueColumn, SecretColumn, ColumnCount };

// A button's text as the dialog shows it: without the mnemonic's marker, and without the
// "(&D)" a translation adds when the letter is not in the text.
QString shownText(QString text)
{
    static const QRegularExpression addedMnemonic(u"\\s*\\(&[^&]\\)"_s);
    text.remove(addedMnemonic);
    text.replace(u"&&"_s, QString(QChar::Null));
    text.remove(u'&');
    text.replace(QChar::Null, u'&');
    return text;
}

} // namespace

UserVariablesTable::UserVariablesTable(QWidget *parent)
    : QWidget(parent)
{
    m_table = new PlaceholderTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"userVariables"_s);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab moves between the row's fields
    m_table->setMinimumHeight(110);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addVariable"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeVariable"_s);
    for (QPushButton *button : { m_add, m_remove })
        button->setAutoDefault(false);
    m_builtIn = new QLabel(this);
    m_builtIn->setObjectName(u"builtInVariables"_s);
    m_builtIn->setWordWrap(true);
    m_builtIn->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_builtIn);

    connect(m_add, &QPushButton::clicked, this, &UserVariablesTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &UserVariablesTable::removeCurrentRow);
    retranslateUi(true);
}

UserVariablesTable::~UserVariablesTable() = default;

QLineEdit *UserVariablesTable::nameField(int row) const
{
    return qobject_cast<QLineEdit *>(m_table->cellWidget(row, NameColumn));
}

QLineEdit *UserVariablesTable::valueField(int row) const
{
    return qobject_cast<QLineEdit *>(m_table->cellWidget(row, ValueColumn));
}

QCheckBox *UserVariablesTable::secretBox(int row) const
{
    // Centred in a plain holder widget.
    QWidget *holder = m_table->cellWidget(row, SecretColumn);
    return holder ? holder->findChild<QCheckBox *>() : nullptr;
}

void UserVariablesTable::setRows(const QList<UserVariableEdits::Row> &rows)
{
    m_table->setRowCount(0);
    m_loaded.clear();
    for (const UserVariableEdits::Row &row : rows)
        appendRow(row);
    m_remove->setEnabled(false);
}

QList<UserVariableEdits::Row> UserVariablesTable::rows() const
{
    QList<UserVariableEdits::Row> rows;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        UserVariableEdits::Row row = m_loaded.at(i);
        row.name = nameField(i)->text();
        row.value = valueField(i)->text();
        row.secret = secretBox(i)->isChecked();
        rows.append(row);
    }
    return rows;
}

void UserVariablesTable::appendRow(const UserVariableEdits::Row &row)
{
    const int index = m_table->rowCount();
    m_table->insertRow(index);
    m_loaded.append(row);
    auto *name = new QLineEdit(row.name, m_table);
    name->setObjectName(u"variableName"_s);
    name->setFrame(false);
    auto *value = new QLineEdit(row.value, m_table);
    value->setObjectName(u"variableValue"_s);
    value->setFrame(false);
    auto *holder = new QWidget(m_table);
    auto *secret = new QCheckBox(holder);
    secret->setObjectName(u"variableSecret"_s);
    secret->setChecked(row.secret);
    auto *holderLayout = new QHBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->setAlignment(Qt::AlignCenter);
    holderLayout->addWidget(secret);
    m_table->setCellWidget(index, NameColumn, name);
    m_table->setCellWidget(index, ValueColumn, value);
    m_table->setCellWidget(index, SecretColumn, holder);

    // Rows move up when one is removed: each field finds its row when it is used.
    const auto rowOf = [this, name] {
        for (int i = 0; i < m_table->rowCount(); ++i) {
            if (nameField(i) == name)
                return i;
        }
        return -1;
    };
    connect(name, &QLineEdit::textEdited, this, &UserVariablesTable::edited);
    connect(value, &QLineEdit::textEdited, this, [this, rowOf] {
        // A new value typed: the stored secret is replaced by it on save.
        const int at = rowOf();
        if (at >= 0)
            m_loaded[at].keepsStoredSecret = false;
        showSecret(at);
        Q_EMIT edited();
    });
    connect(secret, &QCheckBox::toggled, this, [this, rowOf] {
        showSecret(rowOf());
        Q_EMIT edited();
    });
    // A field taking the focus makes its row the current one, which Remove removes.
    for (QWidget *field : { static_cast<QWidget *>(name), static_cast<QWidget *>(value),
             static_cast<QWidget *>(secret) })
        field->installEventFilter(this);
    showSecret(index);
}

bool UserVariablesTable::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        // The field's own cell becomes current: the view gives the focus to the widget of the
        // current cell, so making another cell current would take it from this field (Tab
        // from the value to the Secret box landed in the name).
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const int column = watched == nameField(row) ? NameColumn
                : watched == valueField(row)             ? ValueColumn
                : watched == secretBox(row)              ? SecretColumn
                                                         : -1;
            if (column >= 0) {
                m_table->setCurrentCell(row, column);
                m_remove->setEnabled(true);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UserVariablesTable::showSecret(int row)
{
    if (row < 0)
        return;
    QLineEdit *value = valueField(row);
    const bool secret = secretBox(row)->isChecked();
    value->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
    value->setPlaceholderText(m_loaded.at(row).keepsStoredSecret
            ? (m_keychainAvailable ? tr("Kept in the keychain: type to replace it")
                                   : tr("Kept in memory: type to replace it"))
            : QString());
}

void UserVariablesTable::addRow()
{
    appendRow({});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_remove->setEnabled(true);
    nameField(row)->setFocus(Qt::OtherFocusReason);
    Q_EMIT edited();
}

void UserVariablesTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    m_loaded.removeAt(row);
    m_remove->setEnabled(m_table->rowCount() > 0 && m_table->currentRow() >= 0);
    Q_EMIT edited();
}

void UserVariablesTable::focusRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->setCurrentCell(row, NameColumn);
    QLineEdit *name = nameField(row);
    name->setFocus(Qt::OtherFocusReason);
    name->selectAll();
}

void UserVariablesTable::retranslateUi(bool keychainAvailable)
{
    m_keychainAvailable = keychainAvailable;
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value"), tr("Secret") });
    m_add->setText(tr("A&dd Variable"));
    m_remove->setText(tr("Re&move Variable"));
    // An empty table says how to fill it, with the shortcut the Add button underlines.
    m_table->setPlaceholderText(
        tr("No variables yet: %1 (%2) adds one.")
            .arg(shownText(m_add->text()),
                QKeySequence::mnemonic(m_add->text()).toString(QKeySequence::NativeText)));
    QStringList builtIn;
    for (const QString &name : UserVariableEdits::builtInNames())
        builtIn.append(u"{{"_s + name + u"}}"_s);
    m_builtIn->setText(
        tr("Use them in requests as {{name}}. Built in, from the environment itself: %1 "
           "(the ids once logged in). A secret value goes to the %2, never to a file.")
            .arg(builtIn.join(u", "_s),
                keychainAvailable ? tr("system keychain") : tr("memory until the console quits")));
    for (int row = 0; row < m_table->rowCount(); ++row)
        showSecret(row);
}

} // namespace xlink
