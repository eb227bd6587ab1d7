#include "CallHistory.h"

#include "call/FailureText.h"

namespace xlink {

CallHistory::CallHistory(QObject *parent)
    : QObject(parent)
{ }

CallHistory::~CallHistory() = default;

void CallHistory::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    trimTo(m_limit);
}

void CallHistory::trimTo(int limit)
{
    const int excess = int(m_records.size()) - limit;
    if (excess <= 0)
        return;
    Q_EMIT aboutToRemoveOldest(excess);
    m_records.remove(0, excess);
    Q_EMIT oldestRemoved(excess);
}

void CallHistory::append(const CallRecord &record)
{
    trimTo(m_limit - 1);
    Q_EMIT aboutToAppend();
    m_records.append(record);
    Q_EMIT appended(record);
}

void CallHistory::restoreOlder(QList<CallRecord> olderFirst)
{
    const qsizetype room = qsizetype(m_limit) - m_records.size();
    if (room <= 0 || olderFirst.isEmpty())
        return;
    if (olderFirst.size() > room)
        olderFirst.remove(0, olderFirst.size() - room);
    const int count = int(olderFirst.size());
    Q_EMIT aboutToRestore(count);
    m_records = olderFirst + m_records;
    Q_EMIT restored(count);
}

void CallHistory::clear()
{
    Q_EMIT aboutToClear();
    m_records.clear();
    Q_EMIT cleared();
}

bool CallHistory::matches(const CallRecord &record, const QString &text)
{
    if (text.isEmpty())
        return true;
    const auto cs = Qt::CaseInsensitive;
    if (QString::fromLatin1(record.method).contains(text, cs)
        || record.url.toDisplayString().contains(text, cs)
        || QString::number(record.httpStatus) == text
        || FailureText::sentence(record).contains(text, cs)
        || CallRecord::kindName(record.kind).compare(text, cs) == 0
        || CallRecord::purposeName(record.purpose).compare(text, cs) == 0)
        return true;
    if (record.platformError
        && (record.platformError->rawCode.contains(text, cs)
            || record.platformError->serverMessage.contains(text, cs)))
        return true;
    const QByteArray needle = text.toUtf8().toLower();
    return record.requestBody.toLower().contains(needle)
        || record.responseBody.left(1 << 20).toLower().contains(needle);
}

} // namespace xlink
