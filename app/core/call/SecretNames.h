#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace xlink {

// Decides from a name alone (a JSON key, a form or query key, a header) whether the value it
// names is a secret. Names are compared by their words, so case, '-', '_', '.' and camelCase do
// not matter ("X-Access-Token", "access_token", "accessToken", "ACCESSTOKEN" are one name):
//  - a word that is or ends in password, passwd, pwd, secret, token, signature or credential(s),
//    or is pass, passphrase, sign, jwt, bearer, ticket, session, cookie, authorization or otp;
//  - a name that ends in "auth" or "authorize", or in a one-time code (verifycode,
//    authorize_code, active_code, ...), or is a session id (sessionid, jsessionid, ...);
//  - a name whose last word is "key" (product key, access_key, api_key, private_key,
//    encoding_aes_key, ...) unless the word before says what kind of ordinary key it is
//    (public_key, target_key, sort_key, ...). The bare name "key" is a secret too (a
//    product's key); the JSON pass exempts it where it names an attribute (see isBareKey()).
// A last word that describes the secret rather than holding it (token_type, expire_in,
// oauth_signature_method, passwd_inited, key_id) makes the name ordinary.
class SecretNames final
{
public:
    static bool isSecretKey(QStringView name);
    // Header names: the rules of isSecretKey() plus the headers that carry credentials by
    // convention (X-Auth, Proxy-Authorization, Set-Cookie, X-Api-Key, ...).
    static bool isSecretHeader(QStringView name);
    // True for "key" and "keys" alone: secret as a product's key, ordinary in an attribute
    // pair {"key": ..., "value": ...}, a category count {"key": ..., "count": ...} or when the
    // value is an array or object (a list of keys).
    static bool isBareKey(QStringView name);
    // A sibling that makes a bare "key" an attribute's name rather than a product's key.
    static bool marksKeyValuePair(QStringView siblingName);

    // The lower-case words of a name: "heavyBuyer_refresh-Token" -> heavy, buyer, refresh, token.
    static QStringList words(QStringView name);
};

} // namespace xlink
