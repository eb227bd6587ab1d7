#include "BodySearchModel.h"

#include <QLocale>

namespace xlink {

BodySearchModel::BodySearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

BodySearchModel::~BodySearchModel() = default;

void BodySearchModel::setResult(BodySearch::Result result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void BodySearchModel::clear()
{
    setResult({});
}

int BodySearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.matches.size());
}

int BodySearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BodySearchModel::data(const QModelIndex &index, int role) const
{
    // Views and delegates may ask about an invalid index (the answer is nothing); checkIndex
    // would log a warning for it.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BodySearch::Match &found = m_result.matches.at(index.row());
    if (role == OffsetRole)
        return qlonglong(found.offset);
    if (role == Qt::TextAlignmentRole && index.column() != ContextColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case LineColumn:
        return locale.toString(qlonglong(found.line));
    case OffsetColumn:
        return locale.toString(qlonglong(found.offset));
    case ContextColumn:
        return found.context;
    default:
        return {};
    }
}

QVariant BodySearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case OffsetColumn:
        return tr("Byte Offset");
    case ContextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace xlink
