#pragma once

#include "ApiOperation.h"
#include "auth/Session.h"
#include "auth/TokenStore.h"
#include "http/SandboxReply.h"
#include "state/SandboxState.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace xlink::sandbox {

// The answer to a documented call the sandbox keeps no state for: its path ids are looked up
// where the sandbox has that kind of object (an unknown one gets the platform's 404 code), and
// the reply is the operation's response example, with the ids of the request and the demo data
// in place of the example's. A login call issues a real token of its login kind.
class DocumentedAnswer final
{
public:
    // `document` is the description's JSON: it gives the media type of each success answer.
    DocumentedAnswer(const QJsonObject &document, SandboxState &state, TokenStore &tokens);

    SandboxReply answer(const ApiOperation &operation, const QHash<QString, QString> &pathValues,
        const Session *session);

    // The login kind a token-issuing call without login makes: dealer_auth a dealer's, ...
    static Session::Kind loginKindOf(const QString &path);

private:
    std::optional<SandboxReply> unknownPathId(const QHash<QString, QString> &pathValues) const;
    QJsonValue withDemoValues(
        const QJsonValue &example, const QHash<QString, QString> &values, int depth = 0) const;

    QJsonObject m_document;
    SandboxState &m_state;
    TokenStore &m_tokens;
};

} // namespace xlink::sandbox
