#pragma once

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;

namespace xlink {

class CollectionFolder;

// The raw text of one .http file of the collection, edited and saved as typed (byte for byte:
// the text is the user's). Text typed here is never lost: another file is shown only once this
// one is saved or reverted, and a file changed on disk (git, an editor) is shown again when it
// holds no unsaved text, else the user chooses. The folder reads and writes the file.
class CollectionFileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionFileEditor)

public:
    explicit CollectionFileEditor(CollectionFolder *folder, QWidget *parent = nullptr);
    ~CollectionFileEditor() override;

    QPlainTextEdit *textEditor() const { return m_text; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QLabel *fileLabel() const { return m_file; }

    // The file in the editor (relative to the collection), and whether it holds unsaved text.
    QString file() const { return m_path; }
    bool hasUnsavedText() const;
    // Shows `file` (relative), unless the editor holds unsaved text of another one (then says
    // so and keeps it).
    void showFile(const QString &file);
    // The collection's tree was read again: the file is shown again, closed, or (with unsaved
    // text) the user is asked.
    void onTreeChanged();
    // Before the window closes: true when nothing unsaved is in the editor. Otherwise asks
    // (window-modal, so the event loop goes on): Save, Discard or Cancel, and false; once the
    // text is saved or discarded, `proceed` is called (Cancel calls nothing).
    bool askBeforeClosing(std::function<void()> proceed);

Q_SIGNALS:
    // Whether the editor holds unsaved text changed.
    void unsavedTextChanged(bool unsaved);
    // Something to tell the user (`problem`: it went wrong).
    void message(const QString &text, bool problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const QString &file);
    void save();
    void revert();
    void closeFile();
    void retranslateUi();

    CollectionFolder *m_folder;
    QLabel *m_file = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPointer<QMessageBox> m_changedQuestion;

    // The file in the editor and its bytes when it was loaded: a tree read again with other
    // bytes for it means it changed (on disk or by the console itself).
    QString m_path;
    QByteArray m_bytes;
    bool m_gone = false;
};

} // namespace xlink
