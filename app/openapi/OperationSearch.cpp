#include "OperationSearch.h"

#include "ApiDescription.h"

#include <QHash>

#include <array>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

bool isMethod(const QString &word)
{
    static const QStringList methods { u"get"_s, u"post"_s, u"put"_s, u"delete"_s, u"patch"_s,
        u"head"_s, u"options"_s };
    return methods.contains(word);
}

} // namespace

OperationSearch::OperationSearch(const ApiDescription &description)
{
    QHash<QString, LocalizedText> areas;
    for (const ApiTag &tag : description.tags())
        areas.insert(tag.name, tag.description);
    m_entries.reserve(description.operations().size());
    for (const ApiOperation &operation : description.operations()) {
        const LocalizedText area = areas.value(operation.tag);
        Entry entry;
        entry.method = operation.method.toLower();
        entry.path = operation.path.toLower();
        entry.operationId = operation.operationId.toLower();
        entry.summaries = { operation.summary.en.toLower(), operation.summary.zh.toLower() };
        entry.text = QStringList { entry.method, entry.path, entry.operationId,
            operation.summary.en, operation.summary.zh, operation.tag, area.en, area.zh }
                         .join(u'\n')
                         .toLower();
        m_entries.append(std::move(entry));
    }
}

QList<qsizetype> OperationSearch::search(const QString &query) const
{
    QStringList words = query.toLower().split(u' ', Qt::SkipEmptyParts);
    QList<qsizetype> result;
    if (words.isEmpty()) {
        result.reserve(m_entries.size());
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            result.append(i);
        return result;
    }
    const QString phrase = words.join(u' ');
    // "POST /v2/product": the method is a filter, not a word to find anywhere.
    QString method;
    if (words.size() > 1 && isMethod(words.first()))
        method = words.takeFirst();

    // Rank 0: the path is a word, or the summary is the whole query; 1: the path starts with one;
    // 2: the path or operationId contains one; 3: the rest.
    std::array<QList<qsizetype>, 4> ranked;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (!method.isEmpty() && entry.method != method)
            continue;
        int rank = 3;
        bool all = true;
        for (const QString &word : std::as_const(words)) {
            if (!entry.text.contains(word)) {
                all = false;
                break;
            }
            if (entry.path == word)
                rank = 0;
            else if (rank > 1 && entry.path.startsWith(word))
                rank = 1;
            else if (rank > 2 && (entry.path.contains(word) || entry.operationId.contains(word)))
                rank = 2;
        }
        if (!all)
            continue;
        if (entry.summaries.contains(phrase))
            rank = 0;
        ranked[rank].append(i);
    }
    for (const QList<qsizetype> &group : ranked)
        result.append(group);
    return result;
}

} // namespace xlink
