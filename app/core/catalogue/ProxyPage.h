#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace xlink {

// An HTML error page that a proxy, gateway or load balancer sent where the platform's JSON was
// expected, such as nginx's "502 Bad Gateway". The console's banner, the Decode page and
// `xlink-cli decode` recognise and explain it the same way, from here.
struct ProxyPage
{
    Q_DECLARE_TR_FUNCTIONS(xlink::ProxyPage)

public:
    int status = 0; // the error status the page names in its title or heading (4xx or 5xx)
    QString reason; // what follows the status there ("Bad Gateway"); may be empty
    QString server; // how the page signs itself ("nginx/1.24.0"), when it does

    // The first such page in `text` (a response body, or a paste that holds one): HTML markup
    // whose <title> or <h1> starts with an HTTP error status. Linear in the text's length.
    static std::optional<ProxyPage> find(QStringView text);

    // A heading for a page that came with (or names) `status`.
    static QString title(int status);
    // What such a page means and what to check, in the current language.
    static QString explanation();
    // "502 Bad Gateway, signed nginx/1.24.0": what the page itself says.
    QString summary() const;
};

} // namespace xlink
