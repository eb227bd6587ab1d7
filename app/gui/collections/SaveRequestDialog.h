#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace xlink {

// Where to save a request into the open collection: a file (one of its .http files, or a new
// one typed here) and the request's name (`# @name`).
class SaveRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveRequestDialog)

public:
    SaveRequestDialog(const QStringList &files, const QString &file, const QString &name,
        QWidget *parent = nullptr);

    QString file() const;
    QString name() const;

    QComboBox *fileCombo() const { return m_file; }
    QLineEdit *nameField() const { return m_name; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QComboBox *m_file = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace xlink
