#pragma once

#include "call/CallRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace xlink {

// What the log view, the reports and `xlink-cli log` select. Empty lists mean "any".
struct LogFilter
{
    bool failuresOnly = true; // false: the whole history, successes included
    QString text; // substring of the URL's path and query, server msg, error text, zh/en
                  // message or environment (decoded: "设备" matches %E8%AE%BE%E5%A4%87)
    QList<int> codes; // platform codes
    QStringList codePrefixes; // leading digits of platform codes: "404" is 4040000-4049999
    QList<int> statuses; // HTTP statuses; 0 selects calls that got no HTTP answer
    QStringList statusPrefixes; // leading digits of HTTP statuses: "5" is 500-599
    QStringList endpoints; // as EndpointTemplate gives them
    QStringList environments;
    QList<CallRecord::Kind> kinds;
    QDateTime since; // inclusive
    QDateTime until; // exclusive
    QList<qint64> ids; // a selection
    // More ids than this are bound as one value.
    static constexpr qsizetype maxBoundIds = 1000;

    // The WHERE clause (without the keyword; "1" when nothing is selected) with its values,
    // to bind in order. Every value is bound, never spliced into the SQL.
    QString sql(QVariantList *values) const;
    bool operator==(const LogFilter &) const = default;

    // What the log view's code field holds ("4031003, 404"; any separators): 7 digits are a
    // code, fewer the codes they begin, as the code browser reads part of a code.
    void setCodesFromText(QStringView text);
    // What its status field holds ("502, 4xx, 0"): 3 digits (or 0, no answer) a status; fewer
    // digits, or trailing x's, the statuses they begin.
    void setStatusesFromText(QStringView text);

    // The columns text search reads (the search index's, in its order).
    static const QStringList &searchColumns();
    // `needle` as a substring of any search column (ASCII case-insensitive, wildcards literal).
    static QString likeClause(const QString &needle, QVariantList *values);
    // The indexed rows whose description (message_zh/en, which the search index leaves out)
    // holds `needle` and no column of the index does: found through the codes and kinds whose
    // description matches (call_messages) and their indexes. One SELECT of `what` per branch,
    // joined by UNION ALL; `condition`, when given, adds a further condition (and its values)
    // to each branch.
    static QString describedMatches(const QString &needle, const QString &what,
        const std::function<QString(QVariantList *)> &condition, QVariantList *values);
};

} // namespace xlink
