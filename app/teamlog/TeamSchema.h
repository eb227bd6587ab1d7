#pragma once

#include "TeamConnectionError.h"

#include <QSqlDatabase>

namespace xlink {

// The team log's tables on the server, numbered like the local log's (SchemaMigrator) in a
// version table, `xlink_team_schema`. `xlink-cli team-log init` creates or migrates them under
// an advisory lock (two consoles initialising at once do it once). A console never writes to a
// schema newer than it knows (SchemaNewer): a newer console may have changed what a row means.
// Reading a newer schema works, as long as the columns this console reads are there.
//
// Version 1: xlink_calls, one row per call any sender sent, the local log's columns plus
// record_id (unique: a batch sent again after a lost acknowledgement adds nothing), sender and
// received_at. Indexes for each filter end with the time and id, so a filtered page comes out
// in order by keyset; no triggers, so inserts stay cheap.
class TeamSchema final
{
public:
    static constexpr int currentVersion = 1;
    static constexpr auto versionTable = "xlink_team_schema";
    static constexpr auto callsTable = "xlink_calls";

    // 0 when the database has no team log yet; -1 with `error` set when it cannot be read.
    static int version(QSqlDatabase &db, TeamConnectionError *error);
    // Creates or migrates the tables up to currentVersion, in one transaction.
    static TeamConnectionError migrate(QSqlDatabase &db);
    // Applies the steps up to `target` only (tests build older or newer schemas with it).
    static TeamConnectionError migrateTo(QSqlDatabase &db, int target);
    // Whether this console may send records to the database: set up and not newer.
    static TeamConnectionError checkWritable(QSqlDatabase &db);
    // Whether it may read them: set up (a newer schema is read as far as it is understood).
    static TeamConnectionError checkReadable(QSqlDatabase &db);
};

} // namespace xlink
