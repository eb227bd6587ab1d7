#pragma once

#include <QTableView>

namespace xlink {

// A table view over a model that says what it is (or why it is empty) while its model has no
// rows, and shows where the focus is then (EmptyViewText). PlaceholderTableWidget is the same
// for a QTableWidget.
class PlaceholderTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderTableView)

public:
    explicit PlaceholderTableView(QWidget *parent = nullptr);
    ~PlaceholderTableView() override;

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
