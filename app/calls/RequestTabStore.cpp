#include "RequestTabStore.h"

#include "call/Redactor.h"
#include "util/SettingsWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// One JSON text under one key: the tabs are read and written whole, and a later version can
// tell its own layout by `version`.
const QString kKey = u"console/openTabs"_s;
constexpr int kVersion = 1;
constexpr qsizetype kShortestSecret = 4;

QJsonObject toJson(const ApiRequest &request)
{
    QJsonArray headers;
    for (const auto &[name, value] : request.headers)
        headers.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
    return QJsonObject {
        { u"method"_s, QString::fromLatin1(request.method) },
        { u"target"_s, request.target },
        { u"headers"_s, headers },
        { u"body"_s, QString::fromUtf8(request.body) },
    };
}

ApiRequest requestFromJson(const QJsonObject &object)
{
    ApiRequest request;
    const QString method = object.value(u"method").toString();
    if (!method.isEmpty())
        request.method = method.toLatin1();
    request.target = object.value(u"target").toString();
    for (const QJsonValue &header : object.value(u"headers").toArray()) {
        const QJsonArray pair = header.toArray();
        if (pair.size() == 2)
            request.headers.append(
                { pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8() });
    }
    request.body = object.value(u"body").toString().toUtf8();
    return request;
}

QByteArray withoutSecrets(QByteArray text, const QByteArrayList &secrets)
{
    for (const QByteArray &secret : secrets)
        text.replace(secret, Redactor::placeholder());
    return text;
}

ApiRequest redactedRequest(const ApiRequest &request, const QByteArrayList &secrets)
{
    ApiRequest copy = request;
    // The query of the target (a path as typed, or a URL) as the failure log redacts it.
    QByteArray target = withoutSecrets(request.target.toUtf8(), secrets);
    if (const qsizetype query = target.indexOf('?'); query >= 0)
        target = target.left(query + 1) + Redactor::redactQuery(target.mid(query + 1));
    copy.target = QString::fromUtf8(target);
    // Every header the user typed is kept, by name; the value of a secret one (Access-Token,
    // Authorization, Cookie...) and the session's own token anywhere are not.
    copy.headers = Redactor::redactHeaders(request.headers);
    for (auto &[name, value] : copy.headers)
        value = withoutSecrets(value, secrets);
    if (!copy.body.isEmpty())
        copy.body = Redactor::redactBody(withoutSecrets(copy.body, secrets));
    return copy;
}

} // namespace

RequestTabStore::RequestTabStore(QSettings *settings, SecretSource secrets)
    : m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_secrets(std::move(secrets))
{ }

RequestTabStore::~RequestTabStore() = default;

RequestTabState RequestTabStore::redacted(
    const RequestTabState &state, const QByteArrayList &secrets)
{
    QByteArrayList values;
    for (const QByteArray &secret : secrets) {
        // A value of a few characters would be found inside unrelated text (and a password
        // that short is still redacted where a body names it).
        if (secret.size() >= kShortestSecret)
            values.append(secret);
    }
    RequestTabState copy = state;
    copy.request = redactedRequest(state.request, values);
    copy.opened = redactedRequest(state.opened, values);
    return copy;
}

RequestTabList RequestTabStore::load() const
{
    const QJsonDocument document
        = QJsonDocument::fromJson(m_settings->value(kKey).toString().toUtf8());
    const QJsonObject root = document.object();
    if (root.value(u"version").toInt() != kVersion)
        return {};
    RequestTabList list;
    for (const QJsonValue &value : root.value(u"tabs").toArray()) {
        const QJsonObject tab = value.toObject();
        RequestTabState state;
        state.request = requestFromJson(tab.value(u"request").toObject());
        state.opened = requestFromJson(tab.value(u"opened").toObject());
        state.name = tab.value(u"name").toString();
        state.saveTarget = tab.value(u"saveTarget").toString();
        list.tabs.append(state);
    }
    list.current = std::clamp(
        root.value(u"current").toInt(), 0, std::max(0, static_cast<int>(list.tabs.size()) - 1));
    return list;
}

bool RequestTabStore::save(const RequestTabList &tabs, QString *error) const
{
    const QByteArrayList secrets = m_secrets ? m_secrets() : QByteArrayList();
    QJsonArray array;
    for (const RequestTabState &tab : tabs.tabs) {
        const RequestTabState state = redacted(tab, secrets);
        QJsonObject object {
            { u"request"_s, toJson(state.request) },
            { u"opened"_s, toJson(state.opened) },
        };
        if (!state.name.isEmpty())
            object.insert(u"name"_s, state.name);
        if (!state.saveTarget.isEmpty())
            object.insert(u"saveTarget"_s, state.saveTarget);
        array.append(object);
    }
    const QString text = QString::fromUtf8(QJsonDocument(QJsonObject {
                                                             { u"version"_s, kVersion },
                                                             { u"current"_s, tabs.current },
                                                             { u"tabs"_s, array },
                                                         })
                                               .toJson(QJsonDocument::Compact));
    if (m_settings->value(kKey).toString() == text)
        return true; // unchanged: the file is not written again
    QString why;
    const bool saved = SettingsWriter::write(
        *m_settings, [&text](QSettings &settings) { settings.setValue(kKey, text); }, &why);
    if (!saved && error)
        *error = why;
    return saved;
}

} // namespace xlink
