#pragma once

#include "BodySearch.h"

#include <QAbstractTableModel>

namespace xlink {

// The matches of a whole-body search as a table: line, byte offset and the text around each.
class BodySearchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodySearchModel)

public:
    enum Column { LineColumn, OffsetColumn, ContextColumn, ColumnCount };
    enum Role { OffsetRole = Qt::UserRole + 1 };

    explicit BodySearchModel(QObject *parent = nullptr);
    ~BodySearchModel() override;

    void setResult(BodySearch::Result result);
    void clear();
    const BodySearch::Result &result() const { return m_result; }
    const BodySearch::Match &match(int row) const { return m_result.matches.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    BodySearch::Result m_result;
};

} // namespace xlink
