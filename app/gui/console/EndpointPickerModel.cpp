#include "EndpointPickerModel.h"

#include "ApiDescription.h"
#include "OperationSearch.h"

#include <QFont>
#include <QHash>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

// The internal id of an area row; an operation row's is its area's row + 1.
constexpr quintptr areaId = 0;

QString bothLanguages(const LocalizedText &text, Language language)
{
    const QString first = text.in(language);
    const QString second
        = text.in(language == Language::Chinese ? Language::English : Language::Chinese);
    return second.isEmpty() || second == first ? first : first + u" · "_s + second;
}

} // namespace

EndpointPickerModel::EndpointPickerModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

EndpointPickerModel::~EndpointPickerModel() = default;

void EndpointPickerModel::setDescription(const ApiDescription *description)
{
    beginResetModel();
    m_description = description;
    m_search = description ? std::make_unique<OperationSearch>(*description) : nullptr;
    rebuild();
    endResetModel();
}

void EndpointPickerModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    beginResetModel();
    m_query = query;
    rebuild();
    endResetModel();
}

void EndpointPickerModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_areas.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_areas.size()) - 1, 0));
    for (int row = 0; row < m_areas.size(); ++row) {
        const int children = int(m_areas.at(row).operations.size());
        if (children > 0) {
            const QModelIndex area = index(row, 0);
            Q_EMIT dataChanged(index(0, 0, area), index(children - 1, 0, area));
        }
    }
}

void EndpointPickerModel::rebuild()
{
    m_areas.clear();
    m_matchCount = 0;
    if (!m_search)
        return;
    QHash<QString, LocalizedText> descriptions;
    for (const ApiTag &tag : m_description->tags())
        descriptions.insert(tag.name, tag.description);
    // Areas in the order of their best match; operations keep the search's order inside each.
    QHash<QString, qsizetype> areaRow;
    const QList<qsizetype> found = m_search->search(m_query);
    for (const qsizetype i : found) {
        const QString &tag = m_description->operations().at(i).tag;
        auto row = areaRow.constFind(tag);
        if (row == areaRow.cend()) {
            row = areaRow.insert(tag, m_areas.size());
            m_areas.append({ tag, descriptions.value(tag), {} });
        }
        m_areas[*row].operations.append(i);
    }
    m_matchCount = int(found.size());
}

const ApiOperation *EndpointPickerModel::operation(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == areaId)
        return nullptr;
    const Area &area = m_areas.at(qsizetype(index.internalId() - 1));
    return &m_description->operations().at(area.operations.at(index.row()));
}

QModelIndex EndpointPickerModel::firstOperation() const
{
    return m_areas.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex EndpointPickerModel::nextOperation(const QModelIndex &current, bool forward) const
{
    if (!operation(current))
        return firstOperation();
    int areaRow = int(current.internalId() - 1);
    int row = current.row() + (forward ? 1 : -1);
    while (areaRow >= 0 && areaRow < m_areas.size()) {
        if (row >= 0 && row < m_areas.at(areaRow).operations.size())
            return index(row, 0, index(areaRow, 0));
        areaRow += forward ? 1 : -1;
        if (areaRow >= 0 && areaRow < m_areas.size())
            row = forward ? 0 : int(m_areas.at(areaRow).operations.size()) - 1;
    }
    return {};
}

QModelIndex EndpointPickerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_areas.size() ? createIndex(row, 0, areaId) : QModelIndex();
    if (parent.internalId() != areaId || parent.row() >= m_areas.size()
        || row >= m_areas.at(parent.row()).operations.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex EndpointPickerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == areaId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, areaId);
}

int EndpointPickerModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_areas.size());
    if (parent.column() != 0 || parent.internalId() != areaId)
        return 0;
    return int(m_areas.at(parent.row()).operations.size());
}

int EndpointPickerModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags EndpointPickerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // An area is a heading: the keyboard and a click go to operations only.
    return index.internalId() == areaId ? Qt::ItemIsEnabled
                                        : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant EndpointPickerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == areaId)
        return areaData(m_areas.at(index.row()), role);
    return operationData(*operation(index), role);
}

QVariant EndpointPickerModel::areaData(const Area &area, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = area.description.in(m_language);
        return QString(
            (text.isEmpty() ? area.tag : text) + u"  (%1)"_s.arg(area.operations.size()));
    }
    case Qt::ToolTipRole:
        return QString(bothLanguages(area.description, m_language) + u"\n"_s + area.tag);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsAreaRole:
        return true;
    case OperationIdRole:
        return QString();
    default:
        return {};
    }
}

QVariant EndpointPickerModel::operationData(const ApiOperation &operation, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QString(
            operation.method + u' ' + operation.path + u'\n' + operation.summary.in(m_language));
    case Qt::ToolTipRole: {
        QString text = operation.method + u' ' + operation.path + u'\n'
            + bothLanguages(operation.summary, m_language) + u"\n"_s + operation.operationId;
        if (!operation.description.isEmpty())
            text += u"\n\n"_s + operation.description;
        return text;
    }
    case IsAreaRole:
        return false;
    case OperationIdRole:
        return operation.operationId;
    default:
        return {};
    }
}

} // namespace xlink
