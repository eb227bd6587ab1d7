#include "CollectionFileEditor.h"

#include "CollectionFolder.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

CollectionFileEditor::CollectionFileEditor(CollectionFolder *folder, QWidget *parent)
    : QWidget(parent)
    , m_folder(folder)
{
    m_file = new QLabel(this);
    m_file->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"collectionFileText"_s);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setEnabled(false);
    m_save = new QPushButton(this);
    m_revert = new QPushButton(this);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &CollectionFileEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &CollectionFileEditor::revert);
    connect(m_text->document(), &QTextDocument::modificationChanged, this, [this] {
        const bool unsaved = hasUnsavedText();
        m_save->setEnabled(unsaved);
        m_revert->setEnabled(unsaved);
        Q_EMIT unsavedTextChanged(unsaved);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_file);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    auto *saveShortcut = new QAction(m_text);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(saveShortcut, &QAction::triggered, this, &CollectionFileEditor::save);
    m_text->addAction(saveShortcut);
    retranslateUi();
}

CollectionFileEditor::~CollectionFileEditor() = default;

bool CollectionFileEditor::hasUnsavedText() const
{
    return !m_path.isEmpty() && m_text->document()->isModified();
}

void CollectionFileEditor::showFile(const QString &file)
{
    if (file.isEmpty() || file == m_path)
        return;
    if (hasUnsavedText()) {
        // Never dropped: the editor keeps the other file until it is saved or reverted.
        m_file->setText(
            tr("%1 has unsaved changes: save or revert them to see %2.").arg(m_path, file));
        return;
    }
    load(file);
}

void CollectionFileEditor::load(const QString &file)
{
    QString text;
    QString error;
    if (!m_folder->readText(file, &text, &error)) {
        Q_EMIT message(error, true);
        return;
    }
    m_path = file;
    m_bytes = m_folder->tree() ? m_folder->tree()->fileBytes().value(file) : QByteArray();
    m_gone = false;
    m_text->setPlainText(text);
    m_text->document()->setModified(false);
    m_text->setEnabled(true);
    const auto tree = m_folder->tree();
    const CollectionTree::Node *node = tree ? tree->find(file) : nullptr;
    m_file->setText(node && !node->problem.isEmpty()
            ? tr("%1 does not parse: %2").arg(file, node->problem)
            : file);
}

void CollectionFileEditor::save()
{
    if (m_path.isEmpty())
        return;
    QString error;
    const QString file = m_path;
    // Written as typed: the raw text is the user's, byte for byte. The tree read again shows
    // whether it parses.
    m_bytes = m_text->toPlainText().toUtf8();
    m_text->document()->setModified(false);
    if (!m_folder->writeText(file, m_text->toPlainText(), &error)) {
        m_text->document()->setModified(true);
        Q_EMIT message(error, true);
        return;
    }
    m_gone = false;
    Q_EMIT message(tr("Saved %1.").arg(file), false);
    load(file);
}

bool CollectionFileEditor::askBeforeClosing(std::function<void()> proceed)
{
    if (!hasUnsavedText())
        return true;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Unsaved Collection File"),
        tr("%1 has edits that are not saved. Save them before closing?")
            .arg(QDir::toNativeSeparators(m_path)),
        QMessageBox::NoButton, this);
    question->setObjectName(u"unsavedTextQuestion"_s);
    QPushButton *save = question->addButton(QMessageBox::Save);
    save->setObjectName(u"saveText"_s);
    QPushButton *discard = question->addButton(QMessageBox::Discard);
    discard->setObjectName(u"discardText"_s);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Save);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    connect(question, &QMessageBox::finished, this,
        [this, question, save, discard, proceed = std::move(proceed)] {
            if (question->clickedButton() == save) {
                this->save();
                if (hasUnsavedText())
                    return; // not written: the message line says why, and the text stays
            } else if (question->clickedButton() == discard) {
                m_text->document()->setModified(false);
            } else {
                return;
            }
            proceed();
        });
    question->open();
    return false;
}

void CollectionFileEditor::closeFile()
{
    m_path.clear();
    m_text->clear();
    m_text->setEnabled(false);
    m_file->clear();
}

void CollectionFileEditor::revert()
{
    if (m_path.isEmpty())
        return;
    if (m_gone) {
        closeFile();
        return;
    }
    load(m_path);
}

void CollectionFileEditor::onTreeChanged()
{
    if (m_path.isEmpty())
        return;
    const auto tree = m_folder->tree();
    const bool exists = tree && tree->fileBytes().contains(m_path);
    const QByteArray now = exists ? tree->fileBytes().value(m_path) : QByteArray();
    if (exists && now == m_bytes)
        return;
    if (!hasUnsavedText()) {
        if (exists)
            load(m_path);
        else
            closeFile();
        return;
    }
    // Unsaved text and another version on disk: the user chooses; nothing is lost meanwhile.
    m_bytes = now;
    m_gone = !exists;
    if (m_changedQuestion)
        return; // already asking; the answer takes the file as it is then
    auto *box = new QMessageBox(QMessageBox::Warning, tr("File Changed on Disk"),
        exists ? tr("%1 changed on disk while you were editing it.").arg(m_path)
               : tr("%1 was deleted or moved on disk while you were editing it.").arg(m_path),
        QMessageBox::NoButton, this);
    box->setObjectName(u"collectionFileChangedQuestion"_s);
    box->setInformativeText(exists ? tr("Keep your text (saving it replaces the file on disk) or "
                                        "load the file from disk (your changes are lost)?")
                                   : tr("Keep your text (saving it writes the file again) or "
                                        "close it (your changes are lost)?"));
    QPushButton *keep = box->addButton(tr("Keep My Text"), QMessageBox::AcceptRole);
    box->addButton(exists ? tr("Load from Disk") : tr("Close It"), QMessageBox::DestructiveRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, keep] {
        if (box->clickedButton() == keep)
            return;
        m_text->document()->setModified(false);
        revert();
    });
    m_changedQuestion = box;
    box->open();
    m_file->setText(tr("%1 changed on disk; your unsaved text is kept.").arg(m_path));
}

void CollectionFileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CollectionFileEditor::retranslateUi()
{
    m_save->setText(tr("Save"));
    m_revert->setText(tr("Revert"));
}

} // namespace xlink
