#include "CodeCountModel.h"

#include "LocalScopeReader.h"
#include "catalogue/ErrorCatalogue.h"

namespace xlink {

CodeCountModel::CodeCountModel(FailureStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_local(new LocalScopeReader(store, this))
    , m_reader(m_local)
{ }

CodeCountModel::~CodeCountModel()
{
    m_generation.next(); // the counts still queued are skipped
}

void CodeCountModel::setReader(ScopeReader *reader)
{
    m_reader = reader ? reader : m_local;
    m_generation.next(); // the other log's counts still on their way are dropped
    beginResetModel();
    m_rows.clear();
    endResetModel();
    if (m_counting) {
        m_counting = false;
        Q_EMIT countingChanged();
    }
}

void CodeCountModel::setTeamFilter(const TeamFilter &filter)
{
    m_filter = filter;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    refresh();
}

void CodeCountModel::refresh()
{
    const quint64 generation = m_generation.next();
    ScopeReader *reader = m_reader->isAvailable() ? m_reader : nullptr;
    if (!reader) {
        if (m_counting) {
            m_counting = false;
            Q_EMIT countingChanged();
        }
        return;
    }
    if (!m_counting) {
        m_counting = true;
        Q_EMIT countingChanged();
    }
    const TeamFilter filter = m_filter;
    reader->read<QList<Row>>(
        ScopeReader::Lane::Background, this, m_generation.isCurrent(generation),
        [filter](const ScopeQuery &query, const std::function<bool()> &) {
            QList<Row> rows;
            const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
            for (const LogQuery::Count &count : query.countsBy(ScopeQuery::GroupBy::Code, filter)) {
                // Calls without a platform code (network, HTTP-only) have no group here.
                if (!count.key.isValid() || count.key.isNull())
                    continue;
                Row row;
                row.code = count.key.toInt();
                row.count = count.count;
                if (const CatalogueEntry *entry = catalogue.find(row.code)) {
                    row.zh = entry->message.zh;
                    row.en = entry->message.en;
                }
                rows << row;
            }
            return rows;
        },
        [this](const QList<Row> &rows) { show(rows); });
}

void CodeCountModel::show(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    m_counting = false;
    Q_EMIT countingChanged();
}

void CodeCountModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Message), index(int(m_rows.size()) - 1, Message));
}

qint64 CodeCountModel::total() const
{
    qint64 sum = 0;
    for (const Row &row : m_rows)
        sum += row.count;
    return sum;
}

int CodeCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CodeCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count + 1;
}

QVariant CodeCountModel::data(const QModelIndex &index, int role) const
{
    // Views and delegates may ask about an invalid index (the answer is nothing); checkIndex
    // would log a warning for it.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString primary = m_language == Language::Chinese ? row.zh : row.en;
    const QString other = m_language == Language::Chinese ? row.en : row.zh;
    switch (role) {
    case CodeRole:
        return row.code;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Code:
            return QString::number(row.code);
        case Message:
            return primary.isEmpty() ? tr("(not in the catalogue)") : primary;
        case Count:
            return QString::number(row.count);
        }
        return {};
    case Qt::ToolTipRole:
        return other.isEmpty() ? primary : primary + u'\n' + other;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment(index.column() == Message ? Qt::AlignLeft : Qt::AlignRight)
            | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CodeCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Message:
        return tr("Message");
    case Count:
        return tr("Count");
    }
    return {};
}

} // namespace xlink
