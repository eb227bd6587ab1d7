#include "SaveRequestDialog.h"

#include "HttpFileParser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

SaveRequestDialog::SaveRequestDialog(
    const QStringList &files, const QString &file, const QString &name, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"saveRequestDialog"_s);
    setWindowTitle(tr("Save Request to Collection"));
    m_file = new QComboBox(this);
    m_file->setEditable(true);
    m_file->setInsertPolicy(QComboBox::NoInsert);
    m_file->addItems(files);
    m_file->setEditText(file.isEmpty() && !files.isEmpty() ? files.constFirst() : file);
    m_name = new QLineEdit(name, this);
    m_name->setPlaceholderText(tr("e.g. createProduct"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), m_file);
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveRequestDialog::updateOk);
    connect(m_file, &QComboBox::editTextChanged, this, &SaveRequestDialog::updateOk);
    m_name->setFocus();
    updateOk();
}

QString SaveRequestDialog::file() const
{
    QString path = m_file->currentText().trimmed();
    if (!path.isEmpty() && !path.endsWith(u".http"_s) && !path.endsWith(u".rest"_s))
        path += u".http"_s;
    return path;
}

QString SaveRequestDialog::name() const
{
    return m_name->text().trimmed();
}

void SaveRequestDialog::updateOk()
{
    const bool nameOk = HttpFileParser::isRequestName(name());
    const bool fileOk
        = !m_file->currentText().trimmed().isEmpty() && !m_file->currentText().contains(u"..");
    m_hint->setText(nameOk || name().isEmpty()
            ? (fileOk ? QString() : tr("Choose a file of the collection or type a new name."))
            : tr("A request's name holds letters, digits, _ and - only (it is used in "
                 "{{name.response…}})."));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(nameOk && fileOk);
}

} // namespace xlink
