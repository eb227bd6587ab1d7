#pragma once

#include "call/CallRecord.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QListView;
class QModelIndex;

namespace xlink {

class CallHistory;
class CallHistoryFilterModel;
class CallHistoryModel;

// The API console's history: the calls of this run (and those restored from the log), newest
// first, with a filter; activating one asks for it to be reopened.
class CallHistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHistoryPane)

public:
    explicit CallHistoryPane(CallHistory *history, QWidget *parent = nullptr);
    ~CallHistoryPane() override;

    QLineEdit *filterField() const { return m_filter; }
    QListView *view() const { return m_view; }
    // On the selected call's context menu: save its request into a collection.
    QAction *saveToCollectionAction() const { return m_saveToCollection; }

Q_SIGNALS:
    void callActivated(const xlink::CallRecord &record);
    void saveToCollectionRequested(const xlink::CallRecord &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void activateRow(const QModelIndex &index);

    CallHistoryModel *m_model;
    CallHistoryFilterModel *m_filterModel;
    QLineEdit *m_filter;
    QListView *m_view;
    QAction *m_saveToCollection;
};

} // namespace xlink
