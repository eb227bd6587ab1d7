#include "CallHistoryModel.h"

#include "CallHistory.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace xlink {

CallHistoryModel::CallHistoryModel(CallHistory *history, QObject *parent)
    : QAbstractListModel(parent)
    , m_history(history)
{
    // Newest first: an appended record is row 0, the oldest are the last rows.
    connect(m_history, &CallHistory::aboutToAppend, this, [this] { beginInsertRows({}, 0, 0); });
    connect(m_history, &CallHistory::appended, this, [this] { endInsertRows(); });
    connect(m_history, &CallHistory::aboutToRemoveOldest, this, [this](int count) {
        const int rows = rowCount();
        beginRemoveRows({}, rows - count, rows - 1);
    });
    connect(m_history, &CallHistory::oldestRemoved, this, [this] { endRemoveRows(); });
    connect(m_history, &CallHistory::aboutToRestore, this, [this](int count) {
        const int rows = rowCount();
        beginInsertRows({}, rows, rows + count - 1);
    });
    connect(m_history, &CallHistory::restored, this, [this] { endInsertRows(); });
    connect(m_history, &CallHistory::aboutToClear, this, [this] { beginResetModel(); });
    connect(m_history, &CallHistory::cleared, this, [this] { endResetModel(); });
}

CallHistoryModel::~CallHistoryModel() = default;

int CallHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history->size());
}

qsizetype CallHistoryModel::historyIndex(int row) const
{
    return m_history->size() - 1 - row;
}

const CallRecord &CallHistoryModel::record(int row) const
{
    return m_history->at(historyIndex(row));
}

QVariant CallHistoryModel::data(const QModelIndex &index, int role) const
{
    // Views and delegates may ask about an invalid index (the answer is nothing); checkIndex
    // would log a warning for it.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord &call = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return summary(call);
    case Qt::ToolTipRole:
        return call.url.toDisplayString();
    case Qt::ForegroundRole:
        if (call.isFailure())
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case RecordIndexRole:
        return qlonglong(historyIndex(index.row()));
    default:
        return {};
    }
}

QString CallHistoryModel::summary(const CallRecord &record)
{
    QString purpose;
    switch (record.purpose) {
    case CallRecord::Purpose::Login:
        purpose = tr("[login] ");
        break;
    case CallRecord::Purpose::Refresh:
        purpose = tr("[refresh] ");
        break;
    case CallRecord::Purpose::Replay:
        purpose = tr("[replay] ");
        break;
    case CallRecord::Purpose::Request:
        break;
    }
    QString outcome;
    if (record.kind == CallRecord::Kind::Cancelled)
        outcome = tr("cancelled");
    else if (record.platformError)
        outcome = record.platformError->rawCode;
    else if (record.httpStatus > 0)
        outcome = QString::number(record.httpStatus);
    else
        outcome = tr("no answer");
    return record.startedAt.toLocalTime().toString(u"HH:mm:ss"_s) + u"  "_s + purpose
        + QString::fromLatin1(record.method) + u' ' + record.url.path() + u"  "_s + outcome
        + u"  "_s + tr("%1 ms").arg(record.durationMs);
}

} // namespace xlink
