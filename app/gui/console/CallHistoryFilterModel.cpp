#include "CallHistoryFilterModel.h"

#include "CallHistory.h"
#include "CallHistoryModel.h"

namespace xlink {

CallHistoryFilterModel::CallHistoryFilterModel(CallHistoryModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

CallHistoryFilterModel::~CallHistoryFilterModel() = default;

void CallHistoryFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool CallHistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const QString text = m_text.trimmed();
    return text.isEmpty() || CallHistory::matches(m_source->record(sourceRow), text);
}

} // namespace xlink
