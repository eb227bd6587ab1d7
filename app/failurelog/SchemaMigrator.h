#pragma once

#include <QSqlDatabase>
#include <QString>

namespace xlink {

// Brings a failure-log database to the current schema, one numbered step at a time, inside a
// write transaction (so two processes opening a new file do not both create it).
// Version 1: the calls table. Version 2: the endpoint column (backfilled from the URL),
// indexes ordered by time for each filter, and trigram full-text search. Version 3: the search
// index is written in bulk by SearchIndexer instead of a trigger per row (and a file made by
// the early, since-changed version 2 layout is repaired). Version 4: calls the user cancelled,
// once stored as network failures, become the kind "cancelled" and no longer count as failures.
// Version 5: error_data, why a call failed as data (CallRecord::errorData), so the log says it
// in the reader's language; error_text keeps only the technical detail from then on.
// Version 6: the search index no longer holds the catalogue's descriptions; call_messages
// keeps each description once with its code or kind, and a search reaches those rows by code.
// Version 7: team_outbox, the calls waiting to be sent to the team log (xlink_teamlog).
class SchemaMigrator final
{
public:
    static constexpr int currentVersion = 7;

    // Reads the version (0 for an empty database).
    static int version(const QSqlDatabase &db, QString *error = nullptr);
    // Migrates up to currentVersion; false with `error` set when a step fails (the
    // transaction is rolled back, the file is left as it was).
    static bool migrate(QSqlDatabase &db, QString *error);
    // Applies the steps up to `target` only (tests use it to build older files).
    static bool migrateTo(QSqlDatabase &db, int target, QString *error);
};

} // namespace xlink
