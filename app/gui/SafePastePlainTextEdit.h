#pragma once

#include <QPlainTextEdit>

namespace xlink {

// A QPlainTextEdit that survives pasting from an empty clipboard. Qt 6.4's text control reads
// the first of the clipboard's formats without checking that there is one, and crashes on
// Ctrl+V (or the context menu's Paste, or a middle click) when nothing has been copied yet,
// as after a fresh login: the editable text fields of the console use this class instead.
class SafePastePlainTextEdit : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafePastePlainTextEdit)

public:
    explicit SafePastePlainTextEdit(QWidget *parent = nullptr);
    ~SafePastePlainTextEdit() override;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace xlink
