#pragma once

#include "call/CallRecord.h"

#include <QAbstractListModel>

namespace xlink {

class CallHistory;

// This run's calls (logins and refreshes included) as a list, newest first, following the
// CallHistory as it grows and drops its oldest records.
class CallHistoryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHistoryModel)

public:
    enum Role { RecordIndexRole = Qt::UserRole + 1 };

    explicit CallHistoryModel(CallHistory *history, QObject *parent = nullptr);
    ~CallHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The record shown in `row`.
    const CallRecord &record(int row) const;
    CallHistory *history() const { return m_history; }

    // One line for the list: "14:03:22  GET /v2/corp  200  35 ms".
    static QString summary(const CallRecord &record);

private:
    qsizetype historyIndex(int row) const;

    CallHistory *m_history;
};

} // namespace xlink
