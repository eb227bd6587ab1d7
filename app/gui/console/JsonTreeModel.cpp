#include "JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xlink {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    m_created = 1;
    // The top level is part of the reset (views show it at once); deeper levels wait for
    // expansion.
    populate(m_root.get());
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root.reset();
    m_created = 0;
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

int JsonTreeModel::childCount(const QJsonValue &value)
{
    if (value.isObject())
        return int(value.toObject().size());
    if (value.isArray())
        return int(value.toArray().size());
    return 0;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (!node || row < 0 || column < 0 || column >= ColumnCount
        || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    Node *parent = node->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? int(node->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    return node && childCount(node->value) > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    return node && !node->fetched && childCount(node->value) > 0;
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeFor(parent);
    if (!node || node->fetched)
        return;
    const int count = childCount(node->value);
    if (count == 0) {
        node->fetched = true;
        return;
    }
    beginInsertRows(parent, 0, count - 1);
    populate(node);
    endInsertRows();
}

void JsonTreeModel::populate(Node *node)
{
    node->fetched = true;
    const int count = childCount(node->value);
    node->children.reserve(size_t(count));
    auto add = [&](const QString &key, const QJsonValue &value, int arrayIndex = -1) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->arrayIndex = arrayIndex;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(u"[%1]"_s.arg(i), array.at(i), int(i));
    }
    m_created += count;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    // Views and delegates may ask about an invalid index (the answer is nothing); checkIndex
    // would log a warning for it.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const QJsonValue &value = node->value;
    switch (role) {
    case Qt::DisplayRole:
        break;
    case CopyValueRole:
        return copyText(value);
    case CopyKeyRole:
        return node->arrayIndex >= 0 ? QString::number(node->arrayIndex) : node->key;
    case JsonPathRole:
        return pathOf(node);
    default:
        return {};
    }
    switch (index.column()) {
    case KeyColumn:
        return node->key;
    case ValueColumn:
        switch (value.type()) {
        case QJsonValue::Object:
            return tr("{%n keys}", nullptr, childCount(value));
        case QJsonValue::Array:
            return tr("[%n items]", nullptr, childCount(value));
        case QJsonValue::String:
            return QString(u"\""_s + value.toString() + u"\""_s);
        case QJsonValue::Double:
        case QJsonValue::Bool:
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return copyText(value);
        }
        return {};
    case TypeColumn:
        switch (value.type()) {
        case QJsonValue::Object:
            return tr("object");
        case QJsonValue::Array:
            return tr("array");
        case QJsonValue::String:
            return tr("string");
        case QJsonValue::Double:
            return tr("number");
        case QJsonValue::Bool:
            return tr("boolean");
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Undefined:
            return {};
        }
        return {};
    default:
        return {};
    }
}

QString JsonTreeModel::copyText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

QString JsonTreeModel::pathOf(const Node *node)
{
    static const QRegularExpression plainName(u"^[A-Za-z_$][A-Za-z0-9_$]*$"_s);
    QStringList steps;
    for (; node && node->parent; node = node->parent) {
        if (node->arrayIndex >= 0) {
            steps.prepend(u"[%1]"_s.arg(node->arrayIndex));
        } else if (plainName.match(node->key).hasMatch()) {
            steps.prepend(u'.' + node->key);
        } else {
            QString quoted = node->key;
            quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
            steps.prepend(u"[\""_s + quoted + u"\"]"_s);
        }
    }
    return u'$' + steps.join(QString());
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace xlink
