// Another process holding the failure log's write lock for as long as a test likes:
//   failurelog-locker PATH
// opens PATH, takes the write lock (BEGIN IMMEDIATE), prints "locked", and keeps the lock until
// its standard input is closed. Readers still read meanwhile (WAL).
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: failurelog-locker PATH\n");
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(args.at(1));
    if (!db.open()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.lastError().text()));
        return 1;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        std::fprintf(stderr, "lock failed: %s\n", qPrintable(query.lastError().text()));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    char buffer[256];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) { }
    query.exec(QStringLiteral("ROLLBACK"));
    return 0;
}
