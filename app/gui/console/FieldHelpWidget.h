#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace xlink {

struct ApiOperation;
class FieldHelpModel;

// Beside the body editor: the request fields of the operation being composed (type, required,
// limits, description in the interface language). Placing the editor's cursor on a key (or in
// its value) selects that field's entry; hovering over it shows the entry as a tooltip.
class FieldHelpWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldHelpWidget)

public:
    explicit FieldHelpWidget(QWidget *parent = nullptr);
    ~FieldHelpWidget() override;

    // The operation whose fields to show (from the built-in description); nullptr for none.
    void setOperation(const ApiOperation *operation);
    const ApiOperation *operation() const { return m_operation; }
    bool hasFields() const;
    // Follows `editor`'s cursor and answers tooltips over its text.
    void attachTo(QPlainTextEdit *editor);

    FieldHelpModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The entry for what is at `position` in the editor's text; empty when no field is there.
    QString entryAt(int position) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    int rowAt(int position) const;
    void followCursor();

    const ApiOperation *m_operation = nullptr;
    FieldHelpModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
    QPointer<QPlainTextEdit> m_editor;
};

} // namespace xlink
