#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace xlink {

class ApiDescription;

// Finds operations of an API description by what a user remembers of them: the method, a part
// of the path, the operationId, words of the English or Chinese summary, or the area (the tag's
// name or its description in either language). The texts are lower-cased once, when the index
// is built, so a search is a handful of substring tests per operation.
class OperationSearch final
{
public:
    // `description` must outlive the search.
    explicit OperationSearch(const ApiDescription &description);

    // Indices into description.operations() of the operations that contain every word of
    // `query` (case-insensitive), best first: a leading HTTP method must be the operation's;
    // those whose path is a word of the query or whose summary is the query, then those whose path
    // starts with one, then those whose path or operationId contains one, then the rest, each group
    // in document order. An empty query gives every operation in document order.
    QList<qsizetype> search(const QString &query) const;

private:
    struct Entry
    {
        QString method; // lower case
        QString path; // lower case
        QString operationId; // lower case
        QStringList summaries; // English and Chinese, lower case
        QString text; // everything searchable, lower case, one field per line
    };
    QList<Entry> m_entries;
};

} // namespace xlink
