#pragma once

#include "ApiOperation.h"
#include "util/Language.h"

#include <QAbstractItemModel>

#include <memory>

namespace xlink {

class ApiDescription;
class OperationSearch;

// The operations of the API description that match a search, grouped by area (the operation's
// tag): a two-level tree whose top rows are the areas, in the order of their best match, and
// whose child rows are the operations, best match first. Area rows are not selectable.
class EndpointPickerModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointPickerModel)

public:
    enum Role {
        // The operationId of an operation row; empty for an area row.
        OperationIdRole = Qt::UserRole + 1,
        IsAreaRole,
    };

    explicit EndpointPickerModel(QObject *parent = nullptr);
    ~EndpointPickerModel() override;

    // `description` must outlive the model; nullptr empties it.
    void setDescription(const ApiDescription *description);
    const ApiDescription *description() const { return m_description; }
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // The language of the summaries and area names shown first (the other one follows).
    void setLanguage(Language language);

    // The operation of an operation row; nullptr for an area row or an invalid index.
    const ApiOperation *operation(const QModelIndex &index) const;
    // The first operation row, invalid when nothing matches.
    QModelIndex firstOperation() const;
    // The operation row after (or before) `index` across areas; invalid at either end.
    QModelIndex nextOperation(const QModelIndex &index, bool forward) const;
    int matchCount() const { return m_matchCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Area
    {
        QString tag;
        LocalizedText description;
        QList<qsizetype> operations; // indices into the description's operations
    };
    void rebuild();
    QVariant areaData(const Area &area, int role) const;
    QVariant operationData(const ApiOperation &operation, int role) const;

    const ApiDescription *m_description = nullptr;
    std::unique_ptr<OperationSearch> m_search;
    QString m_query;
    Language m_language = Language::English;
    QList<Area> m_areas;
    int m_matchCount = 0;
};

} // namespace xlink
