#pragma once

#include "LogFilter.h"
#include "RequestGeneration.h"
#include "TeamFilter.h"
#include "util/Language.h"

#include <QAbstractTableModel>
#include <QList>

namespace xlink {

class FailureStore;
class ScopeReader;

// The failure log grouped by platform code: code, message, how many times, most frequent
// first. Counted by the database for the log view's current filter, on the store's background
// reader thread (or by the team log's server, with setReader): a filter change empties the
// table until its counts arrive.
class CodeCountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeCountModel)

public:
    enum Column { Code, Message, Count };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit CodeCountModel(FailureStore *store, QObject *parent = nullptr);
    ~CodeCountModel() override;

    // Counts in `reader`'s log from the next setFilter() or refresh() on (not owned; nullptr:
    // this machine's). The table empties at once; nothing is counted until asked.
    void setReader(ScopeReader *reader);
    // Empties the table at once and counts the new filter's codes.
    void setFilter(const LogFilter &filter) { setTeamFilter(TeamFilter { filter, {} }); }
    void setTeamFilter(const TeamFilter &filter);
    // Counts again; the rows shown stay until the new counts arrive.
    void refresh();
    // The counts of the current filter have not arrived yet.
    bool isCounting() const { return m_counting; }
    void setLanguage(Language language);
    qint64 total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countingChanged();

private:
    struct Row
    {
        int code = 0;
        qint64 count = 0;
        QString zh;
        QString en;
    };

    void show(const QList<Row> &rows);

    ScopeReader *m_local; // this machine's log, owned
    ScopeReader *m_reader;
    TeamFilter m_filter;
    RequestGeneration m_generation;
    bool m_counting = false;
    Language m_language = Language::English;
    QList<Row> m_rows;
};

} // namespace xlink
