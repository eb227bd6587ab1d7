#include "TeamSchema.h"

#include "TeamLogCategory.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// Any fixed number: the key of the advisory lock that serialises migrations.
constexpr qint64 migrationLockKey = 7'221'017;

TeamConnectionError run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    TeamConnectionError error = TeamConnectionError::classify(query.lastError());
    if (error.ok())
        error.kind = TeamConnectionError::Kind::Other;
    return error;
}

TeamConnectionError runAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (TeamConnectionError error = run(db, sql); !error.ok())
            return error;
    }
    return {};
}

// The first schema, exactly as it shipped: never edit, add a step instead.
TeamConnectionError toVersion1(QSqlDatabase &db)
{
    QStringList statements {
        u"CREATE TABLE xlink_calls ("
        " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " record_id uuid NOT NULL,"
        " sender text NOT NULL,"
        " received_at timestamptz NOT NULL DEFAULT now(),"
        " started_at timestamptz NOT NULL,"
        " environment text NOT NULL DEFAULT '',"
        " purpose text NOT NULL DEFAULT 'request',"
        " method text NOT NULL,"
        " url text NOT NULL,"
        " endpoint text NOT NULL DEFAULT '',"
        " target text NOT NULL DEFAULT '',"
        " request_headers text NOT NULL DEFAULT '[]',"
        " request_body bytea,"
        " request_size bigint NOT NULL DEFAULT 0,"
        " http_status integer,"
        " response_headers text NOT NULL DEFAULT '[]',"
        " response_body bytea,"
        " response_size bigint NOT NULL DEFAULT 0,"
        " duration_ms bigint NOT NULL DEFAULT 0,"
        " kind text NOT NULL,"
        " failure boolean NOT NULL,"
        " code integer,"
        " raw_code text,"
        " server_msg text,"
        " message_zh text,"
        " message_en text,"
        " error_text text,"
        " error_data text,"
        " CONSTRAINT xlink_calls_record_id UNIQUE (record_id))"_s,
        u"CREATE INDEX xlink_calls_time ON xlink_calls (failure, started_at, id)"_s,
    };
    // Every filter's index ends with the time and id: the page order, read backwards.
    for (const QString &column :
        { u"code"_s, u"http_status"_s, u"endpoint"_s, u"environment"_s, u"sender"_s, u"kind"_s }) {
        statements << u"CREATE INDEX xlink_calls_"_s + column + u" ON xlink_calls (failure, "_s
                + column + u", started_at, id)"_s;
    }
    return runAll(db, statements);
}

using Step = TeamConnectionError (*)(QSqlDatabase &);
constexpr Step steps[] = { toVersion1 };
static_assert(std::size(steps) == TeamSchema::currentVersion);

} // namespace

int TeamSchema::version(QSqlDatabase &db, TeamConnectionError *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT to_regclass('xlink_team_schema') IS NOT NULL"_s) || !query.next()) {
        if (error)
            *error = TeamConnectionError::classify(query.lastError());
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT coalesce(max(version), 0) FROM xlink_team_schema"_s)
        || !query.next()) {
        if (error)
            *error = TeamConnectionError::classify(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

TeamConnectionError TeamSchema::migrate(QSqlDatabase &db)
{
    return migrateTo(db, currentVersion);
}

TeamConnectionError TeamSchema::migrateTo(QSqlDatabase &db, int target)
{
    if (!db.transaction())
        return TeamConnectionError::classify(db.lastError());
    auto fail = [&db](TeamConnectionError error) {
        db.rollback();
        if (error.ok())
            error.kind = TeamConnectionError::Kind::Other;
        return error;
    };
    if (TeamConnectionError error
        = run(db, u"SELECT pg_advisory_xact_lock("_s + QString::number(migrationLockKey) + u')');
        !error.ok())
        return fail(error);
    TeamConnectionError error;
    const int current = version(db, &error);
    if (current < 0)
        return fail(error);
    if (current > currentVersion) {
        db.rollback();
        return { TeamConnectionError::Kind::SchemaNewer,
            QStringLiteral("schema version %1, this console knows %2")
                .arg(current)
                .arg(currentVersion) };
    }
    if (current == 0) {
        if (TeamConnectionError created = run(db,
                u"CREATE TABLE xlink_team_schema (version integer PRIMARY KEY,"
                " applied_at timestamptz NOT NULL DEFAULT now())"_s);
            !created.ok())
            return fail(created);
    }
    for (int next = current + 1; next <= std::min(target, currentVersion); ++next) {
        if (TeamConnectionError stepError = steps[next - 1](db); !stepError.ok())
            return fail(stepError);
        QSqlQuery record(db);
        record.prepare(u"INSERT INTO xlink_team_schema (version) VALUES (?)"_s);
        record.addBindValue(next);
        if (!record.exec())
            return fail(TeamConnectionError::classify(record.lastError()));
        qCInfo(lcTeamLog) << "team log schema migrated to version" << next;
    }
    if (!db.commit())
        return fail(TeamConnectionError::classify(db.lastError()));
    return {};
}

TeamConnectionError TeamSchema::checkWritable(QSqlDatabase &db)
{
    TeamConnectionError error;
    const int current = version(db, &error);
    if (current < 0)
        return error;
    if (current == 0)
        return { TeamConnectionError::Kind::SchemaMissing, {} };
    if (current > currentVersion)
        return { TeamConnectionError::Kind::SchemaNewer,
            QStringLiteral("schema version %1, this console knows %2")
                .arg(current)
                .arg(currentVersion) };
    if (current < currentVersion)
        return { TeamConnectionError::Kind::SchemaMissing,
            QStringLiteral("schema version %1, this console needs %2")
                .arg(current)
                .arg(currentVersion) };
    // A role that may only read is told so before any batch is sent.
    QSqlQuery grant(db);
    if (!grant.exec(u"SELECT has_table_privilege('xlink_calls', 'INSERT')"_s) || !grant.next())
        return TeamConnectionError::classify(grant.lastError());
    if (!grant.value(0).toBool())
        return { TeamConnectionError::Kind::PermissionDenied,
            u"no INSERT privilege on xlink_calls"_s };
    return {};
}

TeamConnectionError TeamSchema::checkReadable(QSqlDatabase &db)
{
    TeamConnectionError error;
    const int current = version(db, &error);
    if (current < 0)
        return error;
    if (current == 0)
        return { TeamConnectionError::Kind::SchemaMissing, {} };
    return {};
}

} // namespace xlink
