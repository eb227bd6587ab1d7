// The baseline for tests/benchmarks/runner-bench.sh: the calls of its collection made with Qt
// Network alone. One QNetworkAccessManager, one request after the other as the runner sends
// them, with the same method, URL, headers, body and transfer timeout; the login's token and the
// new product's id read from the answers; each status checked. No variables, assertions, failure
// log or report: what Qt Network itself costs for these calls, so that the runner's own share
// (xlink-cli against this) and the floor for any Qt Network client (httpyac against this) can be
// told apart on the machine the benchmark runs on.
//
// Usage: bench-qt-network-run BASE_URL REQUESTS PASSWORD
// Exit status 0 when every call answered 200, 1 otherwise, 2 for a usage error.
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The console's default request timeout (CallSettings::defaultTimeout).
constexpr int transferTimeoutMs = 30'000;

class Baseline final : public QObject
{
public:
    Baseline(QString baseUrl, int requests, QByteArray password)
        : m_baseUrl(std::move(baseUrl))
        , m_requests(requests)
        , m_password(std::move(password))
    { }

    void next()
    {
        if (m_sent == m_requests) {
            QCoreApplication::exit(m_failed == 0 ? 0 : 1);
            return;
        }
        const int index = m_sent++;
        if (index == 0) {
            send("POST", u"/v2/corp_auth"_s,
                R"({"account": "dev@example.com", "password": ")" + m_password + R"("})",
                [this](const QByteArray &body) {
                    m_token = QJsonDocument::fromJson(body)["access_token"].toString().toUtf8();
                });
        } else if (index == 1) {
            send("POST", u"/v2/product"_s, R"({"name": "bench lamp", "link_type": 1, "type": 2})",
                [this](const QByteArray &body) {
                    m_productId = QJsonDocument::fromJson(body)["id"].toString();
                });
        } else {
            // The collection's reads, in its order.
            switch ((index - 2) % 3) {
            case 0:
                send("GET", u"/v2/product/"_s + m_productId, {});
                break;
            case 1:
                send("GET", u"/v2/product/"_s + m_productId + u"/datapoints"_s, {});
                break;
            default:
                send("GET", u"/v2/corp"_s, {});
                break;
            }
        }
    }

private:
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
        std::function<void(const QByteArray &)> read = {})
    {
        QNetworkRequest request(QUrl(m_baseUrl + path));
        if (!m_token.isEmpty())
            request.setRawHeader("Access-Token", m_token);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        request.setTransferTimeout(transferTimeoutMs);
        QNetworkReply *reply = body.isEmpty() ? m_manager.sendCustomRequest(request, method)
                                              : m_manager.sendCustomRequest(request, method, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, read = std::move(read)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            if (status != 200) {
                ++m_failed;
                std::fprintf(stderr, "call %d: HTTP %d %s\n", m_sent, status, answer.constData());
            } else if (read) {
                read(answer);
            }
            next();
        });
    }

    QNetworkAccessManager m_manager;
    const QString m_baseUrl;
    const int m_requests;
    const QByteArray m_password;
    QByteArray m_token;
    QString m_productId;
    int m_sent = 0;
    int m_failed = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool ok = false;
    const int requests = arguments.value(2).toInt(&ok);
    if (arguments.size() != 4 || !ok || requests < 2) {
        std::fprintf(stderr, "usage: bench-qt-network-run BASE_URL REQUESTS(>=2) PASSWORD\n");
        return 2;
    }
    Baseline baseline(arguments.at(1), requests, arguments.at(3).toUtf8());
    baseline.next();
    return app.exec();
}
