#pragma once

#include <QTableWidget>

namespace xlink {

// A table that says what it is and how to fill it while it has no rows, and shows where the
// focus is then (EmptyViewText).
class PlaceholderTableWidget final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderTableWidget)

public:
    PlaceholderTableWidget(int rows, int columns, QWidget *parent = nullptr);
    ~PlaceholderTableWidget() override;

    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);
    // No rows and a text to say: what paintEvent draws.
    bool showsPlaceholder() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace xlink
