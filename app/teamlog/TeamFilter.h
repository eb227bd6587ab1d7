#pragma once

#include "LogFilter.h"

#include <QStringList>
#include <QVariantList>

namespace xlink {

// What a team-log view or `xlink-cli log list --team` selects: the local log's filter (same
// fields, same meaning) plus the senders. Turned into PostgreSQL's WHERE clause with every
// value bound, never spliced into the SQL.
struct TeamFilter
{
    LogFilter log;
    QStringList senders; // empty: anyone

    // The WHERE clause (without the keyword; "TRUE" when nothing is selected) and its values.
    QString sql(QVariantList *values) const;
    // `needle` as a case-insensitive substring of any of LogFilter::searchColumns().
    static QString textClause(const QString &needle, QVariantList *values);
    bool operator==(const TeamFilter &) const = default;
};

} // namespace xlink
