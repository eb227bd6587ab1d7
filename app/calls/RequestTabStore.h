#pragma once

#include "ApiRequest.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QSettings;

namespace xlink {

// One request tab of the API console as it is kept across a restart: what its composer holds
// (the path as typed, placeholders unfilled; the user's own headers; the body as text), what it
// was opened with (the tab is marked as edited while the two differ), and where it is saved.
struct RequestTabState
{
    ApiRequest request;
    ApiRequest opened;
    // The saved request's name (the tab's title); empty for a request not saved anywhere.
    QString name;
    // Where the request is saved, in the words of whatever saves it (a collection's file and
    // the request in it); empty for none.
    QString saveTarget;

    friend bool operator==(const RequestTabState &, const RequestTabState &) = default;
};

// The console's open tabs, in order, and the one in front.
struct RequestTabList
{
    QList<RequestTabState> tabs;
    int current = 0;

    friend bool operator==(const RequestTabList &, const RequestTabList &) = default;
};

// Keeps the console's open request tabs in the settings file, so they come back after a
// restart. Responses are not kept. Never a secret: the live session's tokens and login secret
// are replaced wherever they appear (a header the user typed with the session's token in it,
// a URL, a body), and secret values are redacted as the failure log redacts them (the value of
// a secret header, a secret key of the query or the body). Every header the user typed stays,
// by name, and so do the other values.
class RequestTabStore final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::RequestTabStore)
    Q_DISABLE_COPY_MOVE(RequestTabStore)

public:
    // The values that must never be written (the session's tokens, the login's secret), asked
    // for at each save.
    using SecretSource = std::function<QByteArrayList()>;

    // `settings` is not owned; nullptr uses the application's default QSettings.
    RequestTabStore(QSettings *settings, SecretSource secrets);
    ~RequestTabStore();

    // The tabs saved last; none when nothing was saved or what was saved cannot be read.
    RequestTabList load() const;
    // Replaces the saved tabs with `tabs`, redacted. False with `error` set (in the user's
    // language) when the settings file cannot be written.
    bool save(const RequestTabList &tabs, QString *error = nullptr) const;

    // `state` as it is written: `secrets` (values of 4 bytes or more) replaced wherever they
    // appear, and secret headers, query keys and body fields redacted.
    static RequestTabState redacted(const RequestTabState &state, const QByteArrayList &secrets);

private:
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    SecretSource m_secrets;
};

} // namespace xlink
