#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

class QJsonDocument;

namespace xlink {

// A JSON document as a tree (key, value, type). The top level is built with the document; every
// deeper level only when a view expands its parent (canFetchMore/fetchMore), so a large response
// costs little until looked at.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        // The value as one would paste it: a string without its quotes, a number or literal as
        // written, an object or array as compact JSON. Any column of the row.
        CopyValueRole = Qt::UserRole + 1,
        // The key (an object member's name; an array element's index as a number).
        CopyKeyRole,
        // Where the value is, as a JSONPath: $.error.code, $.list[0].id, $["a b"].
        JsonPathRole,
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonDocument &document);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How many nodes exist so far (for tests: children appear only when fetched).
    qsizetype createdNodeCount() const { return m_created; }

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        int arrayIndex = -1; // an array's element: its index (key shows it as "[i]")
        Node *parent = nullptr;
        int row = 0;
        bool fetched = false;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeFor(const QModelIndex &index) const;
    static QString copyText(const QJsonValue &value);
    static QString pathOf(const Node *node);
    void populate(Node *node);
    static int childCount(const QJsonValue &value);

    std::unique_ptr<Node> m_root;
    qsizetype m_created = 0;
};

} // namespace xlink
