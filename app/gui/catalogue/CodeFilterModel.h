#pragma once

#include "catalogue/CodeLookup.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace xlink {

class CodeTableModel;

// Filters and orders the code table with CodeLookup, the one lookup implementation: rows that
// match the query, best rank first, by code within a rank; optionally one HTTP status only.
// The lookup runs once per query (not once per row), so a keystroke stays well under 2 ms.
class CodeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFilterModel)

public:
    explicit CodeFilterModel(QObject *parent = nullptr);
    ~CodeFilterModel() override;

    void setCodeModel(CodeTableModel *model);
    CodeTableModel *codeModel() const { return m_codes; }

    void setQuery(const QString &query);
    QString query() const { return m_query; }

    // 0 shows every status.
    void setHttpStatus(int status);
    int httpStatus() const { return m_httpStatus; }

    // What the lookup said about the current query beyond its matches: an HTTP status it names,
    // or a full code the catalogue does not hold. Its match pointers are not for use here.
    const CodeLookup::Answer &answer() const { return m_answer; }

    std::optional<CodeLookup::Rank> rankOfSourceRow(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void recompute();

    CodeTableModel *m_codes = nullptr;
    QString m_query;
    int m_httpStatus = 0;
    CodeLookup::Answer m_answer;
    QList<qint8> m_rankByRow; // -1 = no match; indexed by source row
};

} // namespace xlink
