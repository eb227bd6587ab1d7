#pragma once

#include <QByteArrayList>
#include <QStringList>

namespace xlink::test {

// Every name whose value is a secret that the redactor must catch: each one the platform's own
// documents use (../shared/spec/platform-docs: logins, refresh tokens per login kind, product
// and device keys, app and push credentials, signatures, one-time codes), the common ones from
// elsewhere, and the spellings a caller may use (camelCase, '-', upper case).
inline QStringList secretFieldNames()
{
    return {
        // Tokens, and the platform's refresh token of each login kind.
        QStringLiteral("token"),
        QStringLiteral("access_token"),
        QStringLiteral("refresh_token"),
        QStringLiteral("user_refresh_token"),
        QStringLiteral("corp_refresh_token"),
        QStringLiteral("dealer_refresh_token"),
        QStringLiteral("heavy_buyer_refresh_token"),
        QStringLiteral("device_token"),
        QStringLiteral("signature_token"),
        QStringLiteral("X-Access-Token"),
        QStringLiteral("accessToken"),
        QStringLiteral("heavyBuyerRefreshToken"),
        QStringLiteral("ACCESS_TOKEN"),
        QStringLiteral("id_token"),
        QStringLiteral("jwt"),
        // Passwords.
        QStringLiteral("password"),
        QStringLiteral("new_password"),
        QStringLiteral("old_password"),
        QStringLiteral("newpassword"),
        QStringLiteral("pwd"),
        QStringLiteral("old_pwd"),
        QStringLiteral("new_pwd"),
        QStringLiteral("init_pwd"),
        QStringLiteral("license_pwd"),
        QStringLiteral("apn.license_pwd"),
        QStringLiteral("passwd"),
        QStringLiteral("pass"),
        QStringLiteral("passphrase"),
        // Secrets and keys: a product's key, a device's access key, apps' and pushes' keys.
        QStringLiteral("secret"),
        QStringLiteral("app_secret"),
        QStringLiteral("client_secret"),
        QStringLiteral("clientSecret"),
        QStringLiteral("key"),
        QStringLiteral("productKey"),
        QStringLiteral("access_key"),
        QStringLiteral("auth_key"),
        QStringLiteral("api_key"),
        QStringLiteral("apiKey"),
        QStringLiteral("gcm.api_key"),
        QStringLiteral("app_key"),
        QStringLiteral("private_key"),
        QStringLiteral("encoding_aes_key"),
        QStringLiteral("encodeing_aes_key"),
        QStringLiteral("secret_key"),
        QStringLiteral("accesskey"),
        // Signatures.
        QStringLiteral("sign"),
        QStringLiteral("signature"),
        QStringLiteral("oauth_signature"),
        QStringLiteral("url_signature"),
        // One-time codes, sessions and other credentials.
        QStringLiteral("authorize"),
        QStringLiteral("authorize_code"),
        QStringLiteral("active_code"),
        QStringLiteral("verifycode"),
        QStringLiteral("sms_verifycode"),
        QStringLiteral("email_verifycode"),
        QStringLiteral("verify_code"),
        QStringLiteral("ticket"),
        QStringLiteral("credential"),
        QStringLiteral("credentials"),
        QStringLiteral("session"),
        QStringLiteral("sessionid"),
        QStringLiteral("session_id"),
        QStringLiteral("JSESSIONID"),
        QStringLiteral("authorization"),
        QStringLiteral("cookie"),
        QStringLiteral("auth"),
        QStringLiteral("bearer"),
        QStringLiteral("otp"),
    };
}

// Headers that carry credentials besides Access-Token and Authorization.
inline QByteArrayList secretHeaderNames()
{
    return { "X-Access-Token", "X-Pwd", "X-Auth", "X-Auth-Token", "X-Session", "X-Api-Key",
        "X-Refresh-Token", "X-Signature" };
}

} // namespace xlink::test
