#pragma once

#include "call/CallRecord.h"

#include <QList>
#include <QObject>

namespace xlink {

// The calls of this session, newest last, in memory and bounded: when the limit is reached the
// oldest records are dropped. A GUI model follows it through the signals; the failure log
// persists records on its own, and gives earlier sessions' calls back (restoreOlder()).
class CallHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHistory)

public:
    static constexpr int defaultLimit = 1000;

    explicit CallHistory(QObject *parent = nullptr);
    ~CallHistory() override;

    int limit() const { return m_limit; }
    void setLimit(int limit); // at least 1; drops the oldest records beyond it

    qsizetype size() const { return m_records.size(); }
    const CallRecord &at(qsizetype index) const { return m_records.at(index); }
    const QList<CallRecord> &records() const { return m_records; }

    // Whether the record's method, URL, status, code, error text or bodies contain `text`
    // (case-insensitive). For the history's search field.
    static bool matches(const CallRecord &record, const QString &text);

    // Calls of earlier sessions, oldest first, all older than the ones held: they go before
    // them, the newest of them as far as the limit leaves room.
    void restoreOlder(QList<CallRecord> olderFirst);

public Q_SLOTS:
    void append(const xlink::CallRecord &record);
    void clear();

Q_SIGNALS:
    // Emitted before a trim (count oldest records, from index 0) and after an append (the record
    // is then at size() - 1), so a model can call begin/endRemoveRows and begin/endInsertRows.
    void aboutToRemoveOldest(int count);
    void oldestRemoved(int count);
    void aboutToAppend();
    void appended(const xlink::CallRecord &record);
    void aboutToClear();
    void cleared();
    // Around restoreOlder(): `count` records inserted at index 0.
    void aboutToRestore(int count);
    void restored(int count);

private:
    void trimTo(int limit);

    QList<CallRecord> m_records;
    int m_limit = defaultLimit;
};

} // namespace xlink
