#include "FailureLogModel.h"

#include "LocalScopeReader.h"
#include "call/EnvironmentNames.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace xlink {

FailureLogModel::FailureLogModel(FailureStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_local(new LocalScopeReader(store, this))
    , m_reader(m_local)
{
    m_searching = true;
    read(false);
}

FailureLogModel::~FailureLogModel()
{
    m_generation.next(); // the reads still queued are skipped
}

void FailureLogModel::setReader(ScopeReader *reader, const TeamFilter &filter)
{
    m_reader = reader ? reader : m_local;
    setTeamFilter(filter); // a reset: the Sender column comes or goes with it
}

bool FailureLogModel::isTeam() const
{
    return m_reader->isTeam();
}

void FailureLogModel::setTeamFilter(const TeamFilter &filter)
{
    m_filter = filter;
    // The previous filter's rows go at once: what shows is either this filter's or nothing.
    beginResetModel();
    clearPages();
    m_pageKeys.clear();
    m_count = 0;
    m_exact = true;
    m_searching = true;
    endResetModel();
    Q_EMIT searchStateChanged();
    read(false);
}

void FailureLogModel::refresh()
{
    read(true);
}

void FailureLogModel::read(bool again)
{
    const quint64 generation = m_generation.next();
    ScopeReader *reader = m_reader->isAvailable() ? m_reader : nullptr;
    if (!reader) {
        if (m_searching) {
            m_searching = false;
            Q_EMIT searchStateChanged();
        }
        return;
    }
    const TeamFilter filter = m_filter;
    const qint64 cap = m_quickCountCap;
    reader->read<FirstRows>(
        ScopeReader::Lane::Interactive, this, m_generation.isCurrent(generation),
        [filter, cap](const ScopeQuery &query, const std::function<bool()> &) {
            return FirstRows { query.countUpTo(filter, cap), cap, query.page(filter, 0, pageSize) };
        },
        [this, again](const FirstRows &first) { showFirstRows(first, again); });
}

void FailureLogModel::showFirstRows(const FirstRows &first, bool again)
{
    const int previousCount = m_count;
    beginResetModel();
    clearPages();
    m_pageKeys.clear();
    m_exact = first.count <= first.cap;
    m_count = int(qMin(first.count, first.cap));
    // Read again (records came, twice a second during a stream): a large filter keeps its
    // row count until the new exact one arrives, so the table is not cut to the quick count's
    // cap and the scrollbar stays where the user left it.
    if (again && !m_exact)
        m_count = qMax(m_count, previousCount);
    if (!first.rows.isEmpty() && m_count > 0) {
        m_pages.insert(0, CachedPage { first.rows, ++m_useClock });
        m_pageEnds.insert(
            0, LogQuery::Cursor { first.rows.constLast().time, first.rows.constLast().id });
    }
    m_searching = false;
    endResetModel();
    Q_EMIT searchStateChanged();
    if (m_exact)
        return;
    const quint64 generation = m_generation.current();
    const TeamFilter filter = m_filter;
    m_reader->read<std::optional<LogQuery::PageKeys>>(
        ScopeReader::Lane::Background, this, m_generation.isCurrent(generation),
        [filter](const ScopeQuery &query, const std::function<bool()> &wanted) {
            return query.pageKeys(filter, pageSize, wanted);
        },
        [this](const std::optional<LogQuery::PageKeys> &keys) {
            if (keys)
                showPageKeys(*keys);
        });
}

void FailureLogModel::showPageKeys(const LogQuery::PageKeys &keys)
{
    const int count = int(qMin<qint64>(keys.count, std::numeric_limits<int>::max()));
    // Pages read by offset before the keys came may sit a few rows off them (records added in
    // between): read everything past the first page again by key.
    const bool shifted = [&] {
        for (auto it = m_pageEnds.cbegin(); it != m_pageEnds.cend(); ++it) {
            if (it.key() < keys.pageEnds.size() && !(keys.pageEnds.at(it.key()) == it.value()))
                return true;
        }
        return false;
    }();
    m_pageKeys = keys.pageEnds;
    m_exact = true;
    if (shifted) {
        beginResetModel();
        clearPages();
        m_count = count;
        endResetModel();
    } else if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (qint64(it.key()) * pageSize >= count)
                it = m_pages.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
    Q_EMIT searchStateChanged();
}

void FailureLogModel::clearPages()
{
    m_pages.clear();
    m_pendingPages.clear();
    m_pageEnds.clear();
}

void FailureLogModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    // Messages, kinds and built-in environment names are all shown in the language.
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void FailureLogModel::requestPage(int page) const
{
    ScopeReader *reader = m_reader->isAvailable() ? m_reader : nullptr;
    if (!reader || m_pendingPages.contains(page))
        return;
    m_pendingPages.insert(page);
    std::optional<LogQuery::Cursor> after;
    if (page > 0 && page - 1 < m_pageKeys.size())
        after = m_pageKeys.at(page - 1);
    else if (const auto previous = m_pageEnds.constFind(page - 1); previous != m_pageEnds.cend())
        after = *previous;
    const TeamFilter filter = m_filter;
    auto *self = const_cast<FailureLogModel *>(this);
    reader->read<PageRead>(
        ScopeReader::Lane::Interactive, self, m_generation.isCurrent(m_generation.current()),
        [filter, page, after](const ScopeQuery &query, const std::function<bool()> &) {
            return PageRead { page,
                after ? query.pageAfter(filter, *after, pageSize)
                      : query.page(filter, qint64(page) * pageSize, pageSize) };
        },
        [self](const PageRead &read) { self->showPage(read); });
}

void FailureLogModel::readIds(const QList<RowRange> &ranges, QObject *context,
    std::function<void(const QList<qint64> &)> done) const
{
    ScopeReader *reader = m_reader->isAvailable() ? m_reader : nullptr;
    if (!reader)
        return;
    // A range's start as the key of the row before its page (when known) and a skip within
    // the page; without a key, a skip from the top.
    struct Span
    {
        std::optional<LogQuery::Cursor> after;
        qint64 skip = 0;
        qint64 limit = 0;
    };
    QList<Span> spans;
    for (const RowRange &range : ranges) {
        const int first = qMax(0, range.first);
        const int last = qMin(m_count - 1, range.second);
        if (last < first)
            continue;
        const int page = first / pageSize;
        Span span { std::nullopt, first, last - first + 1 };
        if (page > 0 && page - 1 < m_pageKeys.size())
            span.after = m_pageKeys.at(page - 1);
        else if (const auto previous = m_pageEnds.constFind(page - 1);
                 page > 0 && previous != m_pageEnds.cend())
            span.after = *previous;
        if (span.after)
            span.skip = first - qint64(page) * pageSize;
        spans << span;
    }
    const TeamFilter filter = m_filter;
    reader->read<QList<qint64>>(
        ScopeReader::Lane::Interactive, context, m_generation.isCurrent(m_generation.current()),
        [filter, spans](const ScopeQuery &query, const std::function<bool()> &wanted) {
            QList<qint64> ids;
            for (const Span &span : spans) {
                if (!wanted())
                    break;
                ids << query.ids(filter, span.after, span.skip, span.limit);
            }
            return ids;
        },
        std::move(done));
}

void FailureLogModel::showPage(const PageRead &read)
{
    if (!m_pendingPages.remove(read.page))
        return; // asked for before a reset
    const int first = read.page * pageSize;
    if (first >= m_count || read.rows.isEmpty())
        return;
    if (m_pages.size() >= maxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto candidate = m_pages.begin(); candidate != m_pages.end(); ++candidate) {
            if (candidate->lastUse < oldest->lastUse)
                oldest = candidate;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(read.page, CachedPage { read.rows, ++m_useClock });
    m_pageEnds.insert(
        read.page, LogQuery::Cursor { read.rows.constLast().time, read.rows.constLast().id });
    const int last = qMin(m_count, first + int(read.rows.size())) - 1;
    Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

const QList<LogEntry> *FailureLogModel::cachedPage(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    return &it->rows;
}

std::optional<LogEntry> FailureLogModel::entry(int row) const
{
    const QList<LogEntry> *rows = cachedPage(row);
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
    return parent.isValid() ? 0 : (isTeam() ? Sender + 1 : columnTotal);
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
    case CallRecord::Kind::HostNotFound:
        return tr("Host not found");
    case CallRecord::Kind::Timeout:
        return tr("Timeout");
    case CallRecord::Kind::Malformed:
        return tr("Malformed body");
    case CallRecord::Kind::Cancelled:
        return tr("Cancelled");
    case CallRecord::Kind::OffSchema:
        return tr("Off the documented schema");
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
    // Views and delegates may ask about an invalid index (the answer is nothing); checkIndex
    // would log a warning for it.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole
        && role != Qt::TextAlignmentRole)
        return {};
    const std::optional<LogEntry> row = entry(index.row());
    if (!row) {
        // The row's page is on its way.
        if (role == Qt::DisplayRole && index.column() == Time)
            return tr("Loading…");
        return {};
    }
    if (role == IdRole)
        return row->id;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric
            = index.column() == Status || index.column() == Code || index.column() == Duration;
        return QVariant::fromValue(
            Qt::Alignment(numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    const QString primary = m_language == Language::Chinese ? row->zh : row->en;
    const QString failure = row->failureText();
    const QString message
        = primary.isEmpty() ? (failure.isEmpty() ? row->serverMessage : failure) : primary;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Message || index.column() == Code) {
            QStringList lines;
            for (const QString &line : { row->zh, row->en, row->serverMessage, failure }) {
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
        return EnvironmentNames::shown(row->environment);
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
    case Sender:
        return row->sender;
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
    case Sender:
        return tr("Sender");
    }
    return {};
}

} // namespace xlink
