#include "catalogue/CodeTableModel.h"

#include "catalogue/EntryFormatter.h"

namespace xlink {

namespace {

// A second message published for the same code (4001134) belongs in the row, not only in the
// detail pane: both are what the platform may mean.
QString messageWithDuplicates(const CatalogueEntry &entry, Language language)
{
    QString text = entry.message.in(language);
    for (const CatalogueVariant &variant : entry.variants) {
        if (variant.kind == CatalogueVariant::Kind::Duplicate)
            text += u" / " + variant.text.in(language);
    }
    return text;
}

} // namespace

CodeTableModel::CodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(std::make_shared<const ErrorCatalogue>())
{ }

CodeTableModel::~CodeTableModel() = default;

void CodeTableModel::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    beginResetModel();
    m_catalogue = catalogue ? std::move(catalogue) : std::make_shared<const ErrorCatalogue>();
    endResetModel();
}

void CodeTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Language CodeTableModel::languageOfColumn(int column) const
{
    const Language other = m_language == Language::Chinese ? Language::English : Language::Chinese;
    return column == SecondaryColumn ? other : m_language;
}

const CatalogueEntry *CodeTableModel::entryAt(int row) const
{
    const auto &entries = m_catalogue->entries();
    return row >= 0 && row < entries.size() ? &entries.at(row) : nullptr;
}

int CodeTableModel::rowOfCode(int code) const
{
    const CatalogueEntry *entry = m_catalogue->find(code);
    return entry ? int(entry - m_catalogue->entries().constData()) : -1;
}

int CodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogue->entries().size());
}

int CodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeTableModel::data(const QModelIndex &index, int role) const
{
    const CatalogueEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CodeColumn)
            return QString::number(entry->code);
        return messageWithDuplicates(*entry, languageOfColumn(index.column()));
    case Qt::ToolTipRole:
        return toolTip(*entry);
    case CodeRole:
        return entry->code;
    case HttpStatusRole:
        return entry->httpStatus;
    default:
        return {};
    }
}

QVariant CodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case PrimaryColumn:
    case SecondaryColumn:
        return languageOfColumn(section) == Language::Chinese ? tr("Chinese") : tr("English");
    default:
        return {};
    }
}

QString CodeTableModel::toolTip(const CatalogueEntry &entry) const
{
    const Language other = languageOfColumn(SecondaryColumn);
    QString tip = u"<b>" + QString::number(entry.code) + u"</b> · HTTP "
        + QString::number(entry.httpStatus);
    if (const HttpStatusInfo *status = m_catalogue->httpStatus(entry.httpStatus))
        tip += u" " + status->reason.toHtmlEscaped();
    tip += u"<br>" + messageWithDuplicates(entry, m_language).toHtmlEscaped() + u"<br>"
        + messageWithDuplicates(entry, other).toHtmlEscaped();
    if (entry.hint)
        tip += u"<br><i>" + EntryFormatter::codeSpansToHtml(entry.hint->in(m_language)) + u"</i>";
    return tip;
}

} // namespace xlink
