#pragma once

#include "SafePastePlainTextEdit.h"

namespace xlink {

// The composer's JSON body editor: line numbers in a margin on the left, so a message naming
// "line 3, column 34" can be matched at a glance (the console also puts the cursor there).
class BodyEditor final : public SafePastePlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyEditor)

public:
    explicit BodyEditor(QWidget *parent = nullptr);
    ~BodyEditor() override;

    // The margin that shows the numbers.
    QWidget *lineNumberArea() const { return m_lineNumbers; }
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMargin();
    void paintLineNumbers(QPaintEvent *event);

    QWidget *m_lineNumbers;
};

} // namespace xlink
