#pragma once

#include <QAbstractScrollArea>

#include <memory>

class QMenu;

namespace xlink {

class TextLines;

// A read-only view of text of any size (a response body of 100 MB): it paints only the rows on
// screen, straight from the UTF-8 text, so showing or scrolling costs the same for 1 KB as for
// 100 MB. QPlainTextEdit lays out its whole document on the GUI thread (seconds for a few MB,
// and far longer for one long line). Offers selection, copy, JSON colours and a marked range.
class LargeTextView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LargeTextView)

public:
    explicit LargeTextView(QWidget *parent = nullptr);
    ~LargeTextView() override;

    void setLines(std::shared_ptr<const TextLines> lines);
    void setPlaceholder(const QString &text);
    void clear();
    const std::shared_ptr<const TextLines> &lines() const { return m_lines; }
    // The whole text (for tests and copying; costs memory proportional to the text).
    QString text() const;
    qsizetype rowCount() const;
    qsizetype firstVisibleRow() const;
    void setJsonHighlighting(bool on);

    // Marks bytes [offset, offset + length) of the text and scrolls them into view.
    void showRange(qsizetype offset, qsizetype length);
    QString selectedText() const;
    void selectAll();
    void copy() const;
    // Selects the word (letters, digits, '_' and '-') at `point` in viewport coordinates, as a
    // double click does.
    void selectWordAt(const QPoint &point);
    // The context menu (Copy, Select All), as the right button opens it.
    QMenu *createContextMenu();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Position
    {
        qsizetype row = 0;
        qsizetype column = 0;
        auto operator<=>(const Position &) const = default;
    };

    void updateScrollBars();
    int lineHeight() const;
    int visibleRows() const;
    Position positionAt(const QPoint &point) const;
    void paintRow(QPainter &painter, qsizetype row, int y);

    std::shared_ptr<const TextLines> m_lines;
    QString m_placeholder;
    bool m_json = false;
    qsizetype m_markOffset = -1;
    qsizetype m_markLength = 0;
    Position m_anchor;
    Position m_cursor;
    bool m_hasSelection = false;
};

} // namespace xlink
