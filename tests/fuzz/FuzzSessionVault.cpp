// libFuzzer target: the saved session read back from the keychain (SessionVault::deserialize),
// which a damaged or hand-edited keychain entry can make anything. The environment is taken
// from the input's own fields, so accepted inputs are reached. An accepted session has a token
// and survives serialize()/deserialize() unchanged; for another account it is refused.
#include "Environment.h"
#include "FuzzCheck.h"
#include "SessionVault.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace xlink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    Environment environment;
    environment.baseUrl = QUrl(object.value(u"base_url").toString());
    environment.loginKind = Environment::loginKindFromName(object.value(u"kind").toString())
                                .value_or(Environment::LoginKind::EnterpriseMember);
    environment.account = object.value(u"account").toString();
    environment.corpId = object.value(u"corp_id").toString();

    const std::optional<Session::Tokens> tokens = SessionVault::deserialize(text, environment);
    if (!tokens)
        return 0;
    XLINK_FUZZ_CHECK(!tokens->accessToken.isEmpty());
    XLINK_FUZZ_CHECK(tokens->identity.account == environment.account);
    const std::optional<Session::Tokens> again
        = SessionVault::deserialize(SessionVault::serialize(*tokens, environment), environment);
    XLINK_FUZZ_CHECK(again.has_value());
    XLINK_FUZZ_CHECK(again->accessToken == tokens->accessToken);
    XLINK_FUZZ_CHECK(again->refreshToken == tokens->refreshToken);
    XLINK_FUZZ_CHECK(again->expiresAt == tokens->expiresAt);
    XLINK_FUZZ_CHECK(again->issuedAt == tokens->issuedAt);
    XLINK_FUZZ_CHECK(again->identity.kind == tokens->identity.kind);
    XLINK_FUZZ_CHECK(again->identity.corpId == tokens->identity.corpId);
    XLINK_FUZZ_CHECK(again->identity.memberId == tokens->identity.memberId);
    XLINK_FUZZ_CHECK(again->identity.userId == tokens->identity.userId);

    Environment someoneElse = environment;
    someoneElse.account += QStringLiteral("-other");
    XLINK_FUZZ_CHECK(!SessionVault::deserialize(text, someoneElse));
    return 0;
}
