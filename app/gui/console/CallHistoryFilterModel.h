#pragma once

#include <QSortFilterProxyModel>

namespace xlink {

class CallHistoryModel;

// Narrows the history to the calls whose method, URL, status, code, error or bodies contain the
// filter text (CallHistory::matches).
class CallHistoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHistoryFilterModel)

public:
    explicit CallHistoryFilterModel(CallHistoryModel *source, QObject *parent = nullptr);
    ~CallHistoryFilterModel() override;

    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CallHistoryModel *m_source;
    QString m_text;
};

} // namespace xlink
