// Opening a collection folder in the console's Collections side tab: the time from asking to
// open a folder of 2,000 requests to a usable tree (read, parsed, watched, laid out and painted
// once), median of several runs, in two shapes: 100 files of 20 requests in 10 folders, and
// 2,000 files of one request each (what a Postman import makes). Goal (issue 16 §4): <= 200 ms.
//
//   build/bin/bench-collections [--requests 2000] [--runs 9]
#include "BenchmarkSupport.h"
#include "CallWorkspace.h"
#include "CollectionFolder.h"
#include "CollectionTree.h"
#include "SecretStore.h"
#include "collections/CollectionsSidebar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace xlink;

namespace {

QByteArray request(int n)
{
    return "# @name request" + QByteArray::number(n)
        + "\n"
          "POST {{baseUrl}}/v2/product/{{pid}}/device?n="
        + QByteArray::number(n)
        + "\n"
          "Content-Type: application/json\n"
          "Access-Token: {{login.response.body.$.access_token}}\n"
          "\n"
          "{\"name\": \"device "
        + QByteArray::number(n)
        + "\", \"mac\": \"00:11:22:33:44:55\"}\n"
          "\n"
          "?? status == 200\n";
}

// `requests` requests, `perFile` in each file, ten files to a folder.
void writeCollection(const QString &root, int requests, int perFile)
{
    int n = 0;
    for (int file = 0; n < requests; ++file) {
        const QString folder = root + u"/folder-"_s + QString::number(file / 10);
        QDir().mkpath(folder);
        QFile out(folder + u"/file-"_s + QString::number(file) + u".http"_s);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(out.fileName()));
        QByteArray bytes = "@pid = 1607d2b6f8a11f41\n\n";
        for (int i = 0; i < perFile && n < requests; ++i, ++n)
            bytes += (i ? "\n###\n" : "") + request(n);
        out.write(bytes);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({ u"requests"_s, u"Requests in the collection."_s, u"n"_s, u"2000"_s });
    parser.addOption({ u"runs"_s, u"Runs of each measurement."_s, u"n"_s, u"9"_s });
    parser.addHelpOption();
    parser.process(app);
    const int requests = parser.value(u"requests"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();

    QTemporaryDir home;
    QSettings settings(home.filePath(u"console.ini"_s), QSettings::IniFormat);
    CallWorkspace workspace(&settings);
    workspace.secrets()->setKeychainEnabled(false);
    CollectionsSidebar sidebar(&workspace, nullptr);
    sidebar.resize(360, 800);
    sidebar.show();
    QCoreApplication::processEvents();

    for (const int perFile : { 20, 1 }) {
        QTemporaryDir dir;
        QTemporaryDir empty;
        writeCollection(dir.path(), requests, perFile);
        QList<double> open;
        QList<double> read;
        for (int run = 0; run < runs; ++run) {
            sidebar.openFolder(empty.path());
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            sidebar.openFolder(dir.path());
            // Usable: the view has laid out and painted the tree once.
            sidebar.treeView()->viewport()->repaint();
            open.append(timer.nsecsElapsed() / 1e6);
            if (sidebar.folder()->tree()->requestCount() != requests)
                qFatal("read %d requests", sidebar.folder()->tree()->requestCount());
            timer.restart();
            const auto tree = CollectionTree::read(dir.path());
            read.append(timer.nsecsElapsed() / 1e6);
        }
        bench::say(u"%1 requests, %2 per file (%3 files): open to a painted tree %4 ms "
                   "(median of %5; of which reading and parsing %6 ms)"_s.arg(requests)
                       .arg(perFile)
                       .arg((requests + perFile - 1) / perFile)
                       .arg(bench::median(open), 0, 'f', 1)
                       .arg(runs)
                       .arg(bench::median(read), 0, 'f', 1));
    }
    return 0;
}
