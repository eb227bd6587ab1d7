#pragma once

#include "ApiOperation.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace xlink {

class EndpointPickerModel;

// Finds an operation of the platform's API to call: a search field over every operation of
// the built-in API description, with the matches grouped by area below it. Keyboard first:
// typing filters, Down goes into the results, Up and Down move between operations across
// areas, Enter picks (in the field too: the first match), Esc goes back to the field. A click
// selects, a double click picks. The description is read the first time the picker is shown,
// not when it is built.
class EndpointPickerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointPickerWidget)

public:
    explicit EndpointPickerWidget(QWidget *parent = nullptr);
    ~EndpointPickerWidget() override;

    QLineEdit *searchField() const { return m_search; }
    QTreeView *resultView() const { return m_results; }
    EndpointPickerModel *model() const { return m_model; }
    // The operation of the current result row; nullptr when there is none.
    const ApiOperation *currentOperation() const;
    // Reads the API description now (done on the first show otherwise).
    void ensureLoaded();

Q_SIGNALS:
    // The user picked `operation` (it belongs to the built-in description and lives as long).
    void operationPicked(const xlink::ApiOperation *operation);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void onQueryChanged(const QString &text);
    void moveTo(const QModelIndex &index);
    void pick(const QModelIndex &index);

    EndpointPickerModel *m_model;
    QLineEdit *m_search;
    QTreeView *m_results;
};

} // namespace xlink
