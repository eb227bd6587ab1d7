// A second process writing to the failure log, for the durability and concurrency tests:
//   failurelog-writer PATH COUNT TAG
// writes COUNT calls (forever when COUNT is 0) through FailureStore::record() and prints each
// id once its transaction has committed.
#include "FailureStore.h"
#include "SampleCalls.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: failurelog-writer PATH COUNT TAG\n");
        return 2;
    }
    xlink::FailureStore store(args.at(1));
    const auto opened = store.open();
    if (!opened.ok) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error));
        return 1;
    }
    const qint64 count = args.at(2).toLongLong();
    const QDateTime base = QDateTime::currentDateTimeUtc();
    for (qint64 i = 0; count == 0 || i < count; ++i) {
        xlink::CallRecord record = xlink::test::SampleCalls::platform(base.addMSecs(i));
        record.environment = args.at(3);
        QString error;
        const qint64 id = store.record(record, &error);
        if (id == 0) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
    return 0;
}
