#pragma once

#include "LogEntry.h"
#include "LogFilter.h"
#include "LogQuery.h"
#include "RequestGeneration.h"
#include "TeamFilter.h"
#include "util/Language.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>
#include <utility>

namespace xlink {

class FailureStore;
class ScopeReader;

// The failure log as a table, read lazily from the store on its reader threads, never on the
// GUI thread: a filter change shows nothing ("searching") until the new filter's quick count
// and first page arrive; the exact count follows; pages are read when a view asks for their
// rows (shown as loading meanwhile), and only the most recently used pages stay in memory, so
// a log of a million records opens at once. The same for the team log (setReader with a
// TeamReader): the server filters, counts and pages, and a Sender column is added.
class FailureLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureLogModel)

public:
    enum Column {
        Time,
        Environment,
        Method,
        Endpoint,
        Status,
        Code,
        Message,
        Kind,
        Duration,
        Sender // the team log's only
    };
    // This machine's log's columns; the team log has Sender too.
    static constexpr int columnTotal = Duration + 1;
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 32;
    // Counted at once; a filter with more rows shows this many ("10,000+") until the exact
    // count arrives.
    static constexpr qint64 defaultQuickCountCap = 10000;
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit FailureLogModel(FailureStore *store, QObject *parent = nullptr);
    ~FailureLogModel() override;

    // Reads `reader`'s log instead (not owned; nullptr: this machine's, through the store),
    // with `filter`: the table empties at once.
    void setReader(ScopeReader *reader, const TeamFilter &filter);
    bool isTeam() const;
    // Empties the table at once and reads the new filter's rows.
    void setFilter(const LogFilter &filter) { setTeamFilter(TeamFilter { filter, {} }); }
    void setTeamFilter(const TeamFilter &filter);
    LogFilter filter() const { return m_filter.log; }
    TeamFilter teamFilter() const { return m_filter; }
    // Reads the count and the first page again (after records were added or pruned); the
    // rows shown stay until the new ones arrive.
    void refresh();
    void setLanguage(Language language);
    // Takes effect with the next read (tests use a small one on a small log).
    void setQuickCountCap(qint64 cap) { m_quickCountCap = qMax<qint64>(1, cap); }

    // Nothing read yet for the current filter.
    bool isSearching() const { return m_searching; }
    // The row count is exact (else it is the quick count's cap and more rows exist).
    bool isCountExact() const { return m_exact; }
    // Every page's key is known: a page at any depth is read by keyset.
    bool hasPageKeys() const { return !m_pageKeys.isEmpty(); }

    // The row, when its page is in memory; otherwise nullopt, and the page is asked for
    // (dataChanged() follows).
    std::optional<LogEntry> entry(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }

    // Rows first..last (inclusive), as a view's selection gives them.
    using RowRange = std::pair<int, int>;
    // The ids of the rows in `ranges` (in their order, newest first within each), read on the
    // reader thread: a selection over pages never loaded (Ctrl+A, a shift-click far down) is
    // resolved exactly. Each range is a seek to its page's key and a LIMIT. `done` is not
    // called when the filter changes (or the log is read again) before the ids arrive.
    void readIds(const QList<RowRange> &ranges, QObject *context,
        std::function<void(const QList<qint64> &)> done) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(CallRecord::Kind kind);
    // The status column: "—" without an answer; a status line whose answer then broke off
    // (the connection closed, a timeout, the size limit) is marked incomplete.
    static QString statusText(const LogEntry &entry);
    // Whether a status line came but not the whole answer.
    static bool isIncomplete(const LogEntry &entry);

Q_SIGNALS:
    // isSearching(), isCountExact() or the row count changed.
    void searchStateChanged();

private:
    struct FirstRows
    {
        qint64 count = 0; // up to cap + 1
        qint64 cap = 0;
        QList<LogEntry> rows;
    };
    struct PageRead
    {
        int page = 0;
        QList<LogEntry> rows;
    };

    // `again`: the same filter read again (refresh()), not a new one.
    void read(bool again);
    void showFirstRows(const FirstRows &first, bool again);
    void showPageKeys(const LogQuery::PageKeys &keys);
    void requestPage(int page) const;
    void showPage(const PageRead &read);
    const QList<LogEntry> *cachedPage(int row) const;
    void clearPages();

    ScopeReader *m_local; // this machine's log, owned
    ScopeReader *m_reader; // the log shown
    TeamFilter m_filter;
    Language m_language = Language::English;
    RequestGeneration m_generation;
    qint64 m_quickCountCap = defaultQuickCountCap;
    int m_count = 0;
    bool m_searching = false;
    bool m_exact = true;
    // Pages by index, with a use counter for evicting the least recently used one.
    struct CachedPage
    {
        QList<LogEntry> rows;
        quint64 lastUse = 0;
    };
    mutable QHash<int, CachedPage> m_pages;
    mutable QSet<int> m_pendingPages;
    // Why keys: a page at a depth of 500,000 rows read by OFFSET makes SQLite step over every
    // row before it (tens of ms on the reader thread per page, for each page a scroll jump
    // passes). A page read after the previous page's last row (time, id) is a seek in the
    // filter's index instead. m_pageKeys (the last row of every page, from one pass over the
    // index, done in the background with the exact count and in the same statement, so the
    // rows and the count agree) gives every page its predecessor's key, so a jump to any
    // depth is a seek; m_pageEnds keeps the last row of each page read meanwhile, so
    // scrolling down page by page seeks too. Rows are ordered by (time, id), a total order,
    // so a key names exactly one position, ties in time included. Only a jump before the
    // keys arrive (or for a quick count's few thousand rows) reads by offset. Records added
    // later refresh the model (new keys); until then the keys keep the rows where they were.
    QList<LogQuery::Cursor> m_pageKeys;
    mutable QHash<int, LogQuery::Cursor> m_pageEnds;
    mutable quint64 m_useClock = 0;
};

} // namespace xlink
