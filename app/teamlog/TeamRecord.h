#pragma once

#include <QStringList>
#include <QVariantList>

namespace xlink {

// One call on its way to the team log: the local row exactly as stored (already redacted,
// bodies already capped: the outbox never reads raw data again), its local id and the record
// id the server keeps unique. `values` follow columns().
struct TeamRecord
{
    qint64 callId = 0;
    QString recordId;
    QVariantList values;
    qint64 bytes = 0; // bodies and text, to bound a batch

    // The columns sent, in the order of `values` (the server table's names; sender and
    // record_id are added by TeamWriter).
    static const QStringList &columns()
    {
        static const QStringList names = { QStringLiteral("started_at"),
            QStringLiteral("environment"), QStringLiteral("purpose"), QStringLiteral("method"),
            QStringLiteral("url"), QStringLiteral("endpoint"), QStringLiteral("target"),
            QStringLiteral("request_headers"), QStringLiteral("request_body"),
            QStringLiteral("request_size"), QStringLiteral("http_status"),
            QStringLiteral("response_headers"), QStringLiteral("response_body"),
            QStringLiteral("response_size"), QStringLiteral("duration_ms"), QStringLiteral("kind"),
            QStringLiteral("failure"), QStringLiteral("code"), QStringLiteral("raw_code"),
            QStringLiteral("server_msg"), QStringLiteral("message_zh"),
            QStringLiteral("message_en"), QStringLiteral("error_text"),
            QStringLiteral("error_data") };
        return names;
    }
};

} // namespace xlink
