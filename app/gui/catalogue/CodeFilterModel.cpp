#include "catalogue/CodeFilterModel.h"

#include "catalogue/CodeTableModel.h"

namespace xlink {

CodeFilterModel::CodeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The order comes from the ranks, which change only with the query: no need to re-sort
    // when the source's texts change (a language switch).
    setDynamicSortFilter(false);
}

CodeFilterModel::~CodeFilterModel() = default;

void CodeFilterModel::setCodeModel(CodeTableModel *model)
{
    if (m_codes)
        disconnect(m_codes, nullptr, this, nullptr);
    m_codes = model;
    // Ranks are indexed by source row: recompute them before the proxy re-reads a reset model.
    if (m_codes)
        connect(m_codes, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_rankByRow.clear(); });
    setSourceModel(model);
    if (m_codes)
        connect(m_codes, &QAbstractItemModel::modelReset, this, [this] {
            recompute();
            invalidate();
        });
    recompute();
    sort(CodeTableModel::CodeColumn, Qt::AscendingOrder);
    invalidate();
}

void CodeFilterModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    recompute();
    invalidate();
}

void CodeFilterModel::setHttpStatus(int status)
{
    if (status == m_httpStatus)
        return;
    m_httpStatus = status;
    invalidateFilter();
}

void CodeFilterModel::recompute()
{
    m_answer = {};
    m_rankByRow.clear();
    if (!m_codes)
        return;
    const ErrorCatalogue &catalogue = m_codes->catalogue();
    const CatalogueEntry *first = catalogue.entries().constData();
    m_rankByRow.fill(-1, catalogue.entries().size());
    m_answer = CodeLookup(catalogue).lookup(m_query);
    for (const CodeLookup::Match &match : std::as_const(m_answer.matches))
        m_rankByRow[match.entry - first] = qint8(match.rank);
}

std::optional<CodeLookup::Rank> CodeFilterModel::rankOfSourceRow(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_rankByRow.size() || m_rankByRow.at(sourceRow) < 0)
        return std::nullopt;
    return CodeLookup::Rank(m_rankByRow.at(sourceRow));
}

bool CodeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !rankOfSourceRow(sourceRow))
        return false;
    if (m_httpStatus == 0)
        return true;
    const CatalogueEntry *entry = m_codes->entryAt(sourceRow);
    return entry && entry->httpStatus == m_httpStatus;
}

bool CodeFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto leftRank = rankOfSourceRow(left.row());
    const auto rightRank = rankOfSourceRow(right.row());
    if (leftRank != rightRank)
        return leftRank < rightRank;
    // Source rows are in code order.
    return left.row() < right.row();
}

} // namespace xlink
