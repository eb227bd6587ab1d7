#include "call/SecretNames.h"

#include <QHash>

#include <array>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

bool isOneOf(QStringView word, std::initializer_list<QStringView> list)
{
    for (const QStringView candidate : list) {
        if (word == candidate)
            return true;
    }
    return false;
}

bool endsWithOneOf(QStringView word, std::initializer_list<QStringView> list)
{
    for (const QStringView candidate : list) {
        if (word.endsWith(candidate))
            return true;
    }
    return false;
}

// A word that holds a secret wherever it stands in the name (before a descriptor is checked).
bool isSecretWord(QStringView word)
{
    // Concatenated names keep their meaning: newpassword, accesstoken, initpwd, clientsecret.
    if (endsWithOneOf(word,
            { u"password", u"passwd", u"pwd", u"secret", u"secrets", u"token", u"tokens",
                u"signature", u"signatures", u"credential", u"credentials" }))
        return true;
    if (word.contains(u"password") || word.contains(u"passwd") || word.contains(u"secret"))
        return true;
    return isOneOf(word,
        { u"pass", u"passphrase", u"sign", u"jwt", u"bearer", u"ticket", u"tickets", u"session",
            u"sessions", u"cookie", u"cookies", u"authorization", u"otp" });
}

// A last word that says something about a secret without being it.
bool isDescriptor(QStringView word)
{
    return isOneOf(word,
        { u"type", u"types", u"method", u"methods", u"alg", u"algorithm", u"expire", u"expires",
            u"expired", u"expiry", u"expiration", u"in", u"at", u"time", u"timeout", u"ttl",
            u"timestamp", u"date", u"status", u"state", u"inited", u"initialized", u"set",
            u"enabled", u"enable", u"required", u"length", u"len", u"size", u"count", u"version",
            u"ver", u"url", u"uri", u"endpoint", u"path", u"format", u"scope", u"policy", u"mode",
            u"name", u"label", u"prefix", u"header", u"id", u"ids", u"up", u"out", u"on", u"log",
            u"logs" });
}

// "<word> key" names that are not secrets: what kind of ordinary key it is.
bool isOrdinaryKeyKind(QStringView word)
{
    return isOneOf(word,
        { u"public", u"pub", u"target", u"primary", u"foreign", u"sort", u"group", u"partition",
            u"cache", u"row", u"property", u"prop", u"attribute", u"attr", u"field", u"column",
            u"object", u"message", u"msg", u"i18n", u"lang", u"translation", u"shortcut", u"hot",
            u"lookup", u"index", u"idempotency", u"dedup", u"hash", u"range", u"routing", u"map",
            u"item", u"config", u"consumer", u"sku", u"x" });
}

// Keys written as one word: a secret whatever comes before them (apikey, accesskey, ...).
bool isSecretKeyWord(QStringView word)
{
    return endsWithOneOf(word,
        { u"apikey", u"accesskey", u"authkey", u"privatekey", u"privkey", u"secretkey", u"appkey",
            u"productkey", u"devicekey", u"aeskey", u"signkey", u"signingkey", u"sessionkey",
            u"licensekey", u"masterkey", u"encryptionkey" });
}

// Names repeat (a log of thousands of calls holds a few dozen header and parameter names), and
// the rules are a pure function of the name: each answer is kept, per thread, up to a bound.
bool remembered(QHash<QString, bool> &answers, QStringView name, bool (*rule)(QStringView))
{
    const QString key = name.toString();
    const auto known = answers.constFind(key);
    if (known != answers.cend())
        return *known;
    if (answers.size() >= 4096)
        answers.clear();
    const bool answer = rule(name);
    answers.insert(key, answer);
    return answer;
}

bool isSecretKeyByRules(QStringView name)
{
    const QStringList list = SecretNames::words(name);
    if (list.isEmpty())
        return false;
    const QString joined = list.join(QString());
    // Session ids end in "id", which otherwise marks an ordinary identifier.
    if (isOneOf(joined, { u"sessionid", u"jsessionid", u"phpsessid" }))
        return true;
    const QString &last = list.back();
    if (isDescriptor(last))
        return false;
    // One-time codes and app credentials named by a verb: the platform's authorize (a user's
    // code for connecting the app), authorize_code and active_code (a device's), verifycode.
    if (endsWithOneOf(joined,
            { u"verifycode", u"verificationcode", u"authcode", u"authorizecode",
                u"authorizationcode", u"activecode", u"activationcode", u"smscode" })
        || isOneOf(last, { u"auth", u"authorize" }))
        return true;
    if (last == u"key" || last == u"keys")
        return list.size() == 1 || !isOrdinaryKeyKind(list.at(list.size() - 2));
    if (isSecretKeyWord(last))
        return true;
    for (const QString &word : list) {
        if (isSecretWord(word))
            return true;
    }
    return false;
}

bool isSecretHeaderByRules(QStringView name)
{
    const QStringList list = SecretNames::words(name);
    if (list.isEmpty())
        return false;
    // Any "auth" header (X-Auth, X-Auth-User, X-Auth-Token) carries credentials by convention.
    if (list.contains(u"auth"_s))
        return true;
    return isSecretKeyByRules(name);
}

} // namespace

QStringList SecretNames::words(QStringView name)
{
    QStringList out;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            out << current.toLower();
        current.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        // camelCase: "accessToken" splits before 'T'; "XMLHttp" splits before "Http".
        if (c.isUpper() && !current.isEmpty()) {
            const QChar previous = name[i - 1];
            const bool nextIsLower = i + 1 < name.size() && name[i + 1].isLower();
            if (previous.isLower() || previous.isDigit() || (previous.isUpper() && nextIsLower))
                flush();
        }
        current += c;
    }
    flush();
    return out;
}

bool SecretNames::isBareKey(QStringView name)
{
    const QStringList list = words(name);
    return list.size() == 1 && (list.front() == u"key" || list.front() == u"keys");
}

bool SecretNames::marksKeyValuePair(QStringView siblingName)
{
    const QStringList list = words(siblingName);
    return list.size() == 1 && isOneOf(list.front(), { u"value", u"values", u"count" });
}

bool SecretNames::isSecretKey(QStringView name)
{
    thread_local QHash<QString, bool> answers;
    return remembered(answers, name, isSecretKeyByRules);
}

bool SecretNames::isSecretHeader(QStringView name)
{
    thread_local QHash<QString, bool> answers; // apart from isSecretKey's: "X-Auth" differs
    return remembered(answers, name, isSecretHeaderByRules);
}

} // namespace xlink
