// The recording side of the SIGKILL test, as a separate process:
//   load-recorder DATABASE BASE_URL COUNT ENVIRONMENT
// logs in to the sandbox at BASE_URL, sends COUNT calls (CallBurst's mix, 16 in flight) and
// records them under the environment name ENVIRONMENT the way the console does
// (ApiClient::callRecorded into FailureStore::append, written on the store's writer thread). Prints
// each record's id once the transaction that wrote it has committed (FailureStore::recordsAdded).
#include "ApiClient.h"
#include "CallBurst.h"
#include "FailureStore.h"
#include "Session.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: load-recorder DATABASE BASE_URL COUNT ENVIRONMENT\n");
        return 2;
    }
    xlink::FailureStore store(args.at(1));
    const auto opened = store.open();
    if (!opened.ok) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error));
        return 1;
    }
    QObject::connect(&store, &xlink::FailureStore::recordsAdded, [](const QList<qint64> &ids) {
        for (const qint64 id : ids)
            std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    });
    QObject::connect(&store, &xlink::FailureStore::writeFailed, [](const QString &message) {
        std::fprintf(stderr, "write failed: %s\n", qPrintable(message));
    });

    xlink::ApiClient client;
    xlink::Environment environment;
    environment.name = args.at(4);
    environment.baseUrl = QUrl(args.at(2));
    client.setEnvironment(environment);
    QObject::connect(
        &client, &xlink::ApiClient::callRecorded, &store, &xlink::FailureStore::append);

    xlink::test::CallBurst burst(&client, args.at(3).toInt(), 16);
    QObject::connect(&burst, &xlink::test::CallBurst::done, &app, &QCoreApplication::quit);
    xlink::Session *session = client.session();
    session->setCredentials({ xlink::Environment::LoginKind::EnterpriseMember, u"dev@example.com"_s,
        u"sandbox123"_s, {} });
    QObject::connect(session, &xlink::Session::loginFinished, &app, [&](bool ok) {
        if (!ok) {
            std::fprintf(stderr, "login failed\n");
            QCoreApplication::exit(1);
            return;
        }
        burst.start();
    });
    session->login();
    const int status = app.exec();
    store.flush();
    return status;
}
