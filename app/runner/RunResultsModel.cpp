#include "RunResultsModel.h"

#include "catalogue/ErrorCatalogue.h"

using namespace Qt::StringLiterals;

namespace xlink {

using Outcome = RequestRunResult::Outcome;

RunResultsModel::RunResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RunResultsModel::~RunResultsModel() = default;

void RunResultsModel::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CodeColumn), index(rowCount() - 1, CodeColumn));
}

const ErrorCatalogue &RunResultsModel::catalogue() const
{
    return m_catalogue ? *m_catalogue : ErrorCatalogue::builtin();
}

void RunResultsModel::begin(int planned)
{
    beginResetModel();
    m_rows.clear();
    m_counts = {};
    m_counts.planned = planned;
    m_running = true;
    endResetModel();
    Q_EMIT countsChanged();
}

void RunResultsModel::started(const RequestRunResult &request)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(request);
    endInsertRows();
}

void RunResultsModel::finished(const RequestRunResult &result)
{
    // Rows are in run order: the result of run index i is row i once started() came for it.
    const int row = result.index;
    if (row < 0 || row > m_rows.size())
        return; // not of this run
    if (row == m_rows.size()) {
        RequestRunResult pending = result;
        pending.outcome = Outcome::Pending;
        started(pending);
    }
    count(m_rows.at(row), -1);
    m_rows[row] = result;
    count(result, +1);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT countsChanged();
}

void RunResultsModel::end(const RunSummary &summary)
{
    m_running = false;
    m_counts.planned = summary.planned;
    Q_EMIT countsChanged();
}

void RunResultsModel::count(const RequestRunResult &result, int sign)
{
    if (!result.isFinished())
        return;
    m_counts.finished += sign;
    switch (result.outcome) {
    case Outcome::Passed:
        m_counts.passed += sign;
        break;
    case Outcome::Unresolved:
        m_counts.skipped += sign;
        break;
    case Outcome::Cancelled:
        m_counts.cancelled += sign;
        break;
    default:
        m_counts.failed += sign;
        break;
    }
}

bool RunResultsModel::isProblem(RequestRunResult::Outcome outcome)
{
    return outcome == Outcome::AssertionFailed || outcome == Outcome::ErrorAnswer
        || outcome == Outcome::NoAnswer;
}

QList<RequestRunResult> RunResultsModel::failedResults() const
{
    QList<RequestRunResult> failed;
    for (const RequestRunResult &result : m_rows) {
        if (isProblem(result.outcome))
            failed.append(result);
    }
    return failed;
}

QString RunResultsModel::outcomeText(RequestRunResult::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("Running…");
    case Outcome::Passed:
        return tr("Passed");
    case Outcome::AssertionFailed:
        return tr("Failed");
    case Outcome::ErrorAnswer:
        return tr("Error answer");
    case Outcome::NoAnswer:
        return tr("No answer");
    case Outcome::Unresolved:
        return tr("Skipped");
    case Outcome::Cancelled:
        return tr("Stopped");
    }
    return {};
}

QString RunResultsModel::platformText(const RequestRunResult &result) const
{
    if (result.platformCode.isEmpty())
        return {};
    QString text = result.platformCode;
    const CatalogueEntry *entry = result.record.platformError
        ? catalogue().find(result.record.platformError->code)
        : nullptr;
    if (!entry)
        return text;
    QStringList messages;
    if (!entry->message.zh.isEmpty())
        messages.append(entry->message.zh);
    if (!entry->message.en.isEmpty())
        messages.append(entry->message.en);
    if (!messages.isEmpty())
        text += u"  " + messages.join(u" / "_s);
    return text;
}

int RunResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRunResult &result = m_rows.at(index.row());
    if (role == OutcomeRole)
        return int(result.outcome);
    if (role == ProblemRole)
        return isProblem(result.outcome);
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == StatusColumn || index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case OutcomeColumn:
        if (role == Qt::ToolTipRole)
            return result.problems().join(u'\n');
        return outcomeText(result.outcome);
    case RequestColumn:
        if (role == Qt::ToolTipRole)
            return QString(result.file + u':' + QString::number(result.line) + u"  " + result.method
                + u' ' + result.url);
        return result.displayName();
    case StatusColumn:
        if (result.httpStatus == 0)
            return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
        return result.httpStatus;
    case CodeColumn:
        return platformText(result);
    case TimeColumn:
        if (!result.sent || !result.isFinished() || result.outcome == Outcome::Cancelled)
            return QString();
        return tr("%1 ms").arg(result.durationMs);
    default:
        return {};
    }
}

QVariant RunResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OutcomeColumn:
        return tr("Result");
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("HTTP");
    case CodeColumn:
        return tr("Platform error");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace xlink
