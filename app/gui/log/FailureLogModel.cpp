#include "FailureLogModel.h"

#include "FailureStore.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace xlink {

FailureLogModel::FailureLogModel(FailureStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    refresh();
}

void FailureLogModel::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    refresh();
}

void FailureLogModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageEnds.clear();
    m_count = 0;
    if (m_store && m_store->isOpen()) {
        // A view's rows are ints; a log larger than that shows its newest INT_MAX rows.
        const qint64 count = m_store->query().count(m_filter);
        m_count = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    }
    endResetModel();
}

void FailureLogModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, Message), index(m_count - 1, Message));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnTotal - 1);
}

QList<LogEntry> FailureLogModel::fetchPage(int page) const
{
    const LogQuery query = m_store->query();
    const auto previous = m_pageEnds.constFind(page - 1);
    QList<LogEntry> rows = previous != m_pageEnds.cend()
        ? query.pageAfter(m_filter, *previous, pageSize)
        : query.page(m_filter, qint64(page) * pageSize, pageSize);
    if (!rows.isEmpty())
        m_pageEnds.insert(page, LogQuery::Cursor { rows.constLast().time, rows.constLast().id });
    return rows;
}

const QList<LogEntry> *FailureLogModel::pageFor(int row) const
{
    if (row < 0 || row >= m_count || !m_store || !m_store->isOpen())
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= maxCachedPages) {
            auto oldest = m_pages.begin();
            for (auto candidate = m_pages.begin(); candidate != m_pages.end(); ++candidate) {
                if (candidate->lastUse < oldest->lastUse)
                    oldest = candidate;
            }
            m_pages.erase(oldest);
        }
        it = m_pages.insert(page, CachedPage { fetchPage(page), 0 });
    }
    it->lastUse = ++m_useClock;
    return &it->rows;
}

std::optional<LogEntry> FailureLogModel::entry(int row) const
{
    const QList<LogEntry> *rows = pageFor(row);
    const int offset = row % pageSize;
    if (!rows || offset >= rows->size())
        return std::nullopt;
    return rows->at(offset);
}

int FailureLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int FailureLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

QString FailureLogModel::kindText(CallRecord::Kind kind)
{
    switch (kind) {
    case CallRecord::Kind::Success:
        return tr("Success");
    case CallRecord::Kind::Http:
        return tr("HTTP error");
    case CallRecord::Kind::Platform:
        return tr("Platform error");
    case CallRecord::Kind::Network:
        return tr("Network error");
    case CallRecord::Kind::Timeout:
        return tr("Timeout");
    case CallRecord::Kind::Malformed:
        return tr("Malformed body");
    }
    return {};
}

bool FailureLogModel::isIncomplete(const LogEntry &entry)
{
    return entry.httpStatus > 0
        && (entry.kind == CallRecord::Kind::Network || entry.kind == CallRecord::Kind::Timeout);
}

QString FailureLogModel::statusText(const LogEntry &entry)
{
    if (entry.httpStatus <= 0)
        return u"—"_s;
    if (isIncomplete(entry))
        return tr("%1, incomplete").arg(entry.httpStatus);
    return QString::number(entry.httpStatus);
}

QVariant FailureLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole
        && role != Qt::TextAlignmentRole)
        return {};
    const std::optional<LogEntry> row = entry(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric
            = index.column() == Status || index.column() == Code || index.column() == Duration;
        return QVariant::fromValue(
            Qt::Alignment(numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    const QString primary = m_language == Language::Chinese ? row->zh : row->en;
    const QString message = primary.isEmpty()
        ? (row->errorText.isEmpty() ? row->serverMessage : row->errorText)
        : primary;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Message || index.column() == Code) {
            QStringList lines;
            for (const QString &line : { row->zh, row->en, row->serverMessage, row->errorText }) {
                if (!line.isEmpty() && !lines.contains(line))
                    lines << line;
            }
            return lines.join(u'\n');
        }
        if (index.column() == Endpoint)
            return row->url;
        if (index.column() == Status) {
            if (row->httpStatus <= 0)
                return tr("No HTTP answer");
            if (isIncomplete(*row))
                return tr("HTTP %1 arrived, but not the whole answer").arg(row->httpStatus);
            if (row->kind == CallRecord::Kind::Malformed)
                return tr("HTTP %1 with a body that could not be parsed").arg(row->httpStatus);
            return {};
        }
        if (index.column() == Time)
            return QLocale().toString(row->time.toLocalTime(), QLocale::LongFormat);
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        return row->time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Environment:
        return row->environment;
    case Method:
        return QString::fromLatin1(row->method);
    case Endpoint:
        return row->endpoint.isEmpty() ? row->url : row->endpoint;
    case Status:
        return statusText(*row);
    case Code:
        return row->code ? QString::number(*row->code) : QString();
    case Message:
        return message;
    case Kind:
        return kindText(row->kind);
    case Duration:
        return tr("%1 ms").arg(row->durationMs);
    }
    return {};
}

QVariant FailureLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Environment:
        return tr("Environment");
    case Method:
        return tr("Method");
    case Endpoint:
        return tr("Endpoint");
    case Status:
        return tr("HTTP");
    case Code:
        return tr("Code");
    case Message:
        return tr("Message");
    case Kind:
        return tr("Kind");
    case Duration:
        return tr("Duration");
    }
    return {};
}

} // namespace xlink
