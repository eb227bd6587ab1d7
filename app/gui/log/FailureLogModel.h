#pragma once

#include "LogEntry.h"
#include "LogFilter.h"
#include "LogQuery.h"
#include "util/Language.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace xlink {

class FailureStore;

// The failure log as a table, read lazily from the store: the row count comes from the
// database, rows are fetched a page at a time when a view asks for them, and only the most
// recently used pages stay in memory, so a log of a million records opens at once.
class FailureLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureLogModel)

public:
    enum Column { Time, Environment, Method, Endpoint, Status, Code, Message, Kind, Duration };
    static constexpr int columnTotal = Duration + 1;
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 32;
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit FailureLogModel(FailureStore *store, QObject *parent = nullptr);

    void setFilter(const LogFilter &filter);
    LogFilter filter() const { return m_filter; }
    // Counts again and drops the cached pages (after records were added or pruned).
    void refresh();
    void setLanguage(Language language);

    std::optional<LogEntry> entry(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }

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

private:
    const QList<LogEntry> *pageFor(int row) const;
    QList<LogEntry> fetchPage(int page) const;

    FailureStore *m_store;
    LogFilter m_filter;
    Language m_language = Language::English;
    int m_count = 0;
    // Pages by index, with a use counter for evicting the least recently used one.
    struct CachedPage
    {
        QList<LogEntry> rows;
        quint64 lastUse = 0;
    };
    mutable QHash<int, CachedPage> m_pages;
    // The last row of each page seen, so the next page is read by keyset (constant time)
    // rather than by offset when the user scrolls down.
    mutable QHash<int, LogQuery::Cursor> m_pageEnds;
    mutable quint64 m_useClock = 0;
};

} // namespace xlink
