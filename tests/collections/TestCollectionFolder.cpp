// The Collections sidebar's non-GUI layer: CollectionTree/CollectionTreeModel (checked by
// QAbstractItemModelTester, with drops asked for rather than done), CollectionFolder's changes
// on disk (untouched regions keep their bytes, a file changed on disk is never written over,
// changes by others are reported), VariableUsage's values and masks, and PostmanFiles.
#include "CollectionFolder.h"
#include "CollectionTreeModel.h"
#include "HttpFileParser.h"
#include "PostmanFiles.h"
#include "TestFiles.h"
#include "VariableUsage.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xlink;
using xlink::test::readFile;
using xlink::test::writeFile;

namespace {

// Two requests; the first region's comment and spacing are written as no writer would.
const QByteArray productsFile = "@pid = 1607d2b6f8a11f41\n"
                                "#   odd   comment kept as is\n"
                                "# @name listProducts\n"
                                "GET {{baseUrl}}/v2/products?pid={{pid}}\n"
                                "Access-Token:   {{login.response.body.$.access_token}}\n"
                                "\n"
                                "###\n"
                                "# @name createProduct\n"
                                "# @timeout 5000\n"
                                "POST {{baseUrl}}/v2/product\n"
                                "Content-Type: application/json\n"
                                "\n"
                                "{\"name\": \"lamp\"}\n"
                                "\n"
                                "?? status == 200\n";

} // namespace

class TestCollectionFolder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void treeShowsFoldersFilesAndRequestsInRunOrder();
    void modelPassesTheTesterThroughChanges();
    void dropAsksForTheMoveAndRemovesNoRows();
    void savingARequestKeepsTheOtherRegionsByteForByte();
    void savingBackReplacesTheOpenedRequest();
    void createRenameMoveAndDelete();
    void removingARequestKeepsTheFileVariables();
    void changeOnDiskIsReportedAndNeverWrittenOver();
    void variablesShowValuesAndMaskSecrets();
    void postmanExportWritesAFileNewmanReads();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
};

void TestCollectionFolder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(path(u"10-products.http"_s), productsFile));
    QVERIFY(writeFile(path(u"2-devices/device.http"_s), "GET {{baseUrl}}/v2/devices\n"));
    QVERIFY(QDir().mkpath(path(u"empty"_s)));
    QVERIFY(writeFile(path(u"broken.http"_s), "# @name bad name\nGET /x\n"));
    QVERIFY(writeFile(path(u"notes.txt"_s), "not a collection file"));
}

void TestCollectionFolder::treeShowsFoldersFilesAndRequestsInRunOrder()
{
    const auto tree = CollectionTree::read(m_dir->path());
    const CollectionTree::Node *root = tree->root();
    QStringList names;
    for (const auto &child : root->children)
        names.append(child->name);
    // Digits as numbers, files and folders together, .txt left out, an empty folder kept.
    QCOMPARE(names,
        (QStringList { u"2-devices"_s, u"10-products.http"_s, u"broken.http"_s, u"empty"_s }));
    const CollectionTree::Node *products = tree->find(u"10-products.http"_s);
    QVERIFY(products);
    QCOMPARE(products->children.size(), size_t(2));
    QCOMPARE(products->children.at(0)->name, u"listProducts"_s);
    QCOMPARE(products->children.at(1)->name, u"createProduct"_s);
    QCOMPARE(products->children.at(1)->region, 1);
    // Unnamed: its request line.
    QCOMPARE(tree->find(u"2-devices/device.http"_s)->children.at(0)->name,
        u"GET {{baseUrl}}/v2/devices"_s);
    // A file that does not parse is shown with where and why.
    QVERIFY(tree->find(u"broken.http"_s)->problem.startsWith(u"1:"_s));
    QCOMPARE(tree->requestCount(), 3);
}

void TestCollectionFolder::modelPassesTheTesterThroughChanges()
{
    CollectionFolder folder;
    QString error;
    QVERIFY(folder.open(m_dir->path(), &error, false));
    CollectionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&folder, &CollectionFolder::treeChanged, &model, [&] { model.setTree(folder.tree()); });
    model.setTree(folder.tree());
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex products = model.indexFor(u"10-products.http"_s);
    QCOMPARE(model.rowCount(products), 2);
    const QModelIndex create = model.indexFor(u"10-products.http"_s, 1);
    QCOMPARE(create.data().toString(), u"createProduct"_s);
    QCOMPARE(create.parent(), products);
    QCOMPARE(create.data(CollectionTreeModel::RegionRole).toInt(), 1);
    QCOMPARE(create.data(Qt::ToolTipRole).toString(), u"POST {{baseUrl}}/v2/product"_s);
    QVERIFY(model.flags(create).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(!model.flags(model.indexFor(u"broken.http"_s)).testFlag(Qt::ItemIsDropEnabled));

    QVERIFY(folder.createFolder(u"empty"_s, u"inner"_s, &error));
    QCOMPARE(model.rowCount(model.indexFor(u"empty"_s)), 1);
    QVERIFY(folder.remove(u"2-devices"_s, &error));
    QCOMPARE(model.rowCount(), 3);
    folder.close();
    QCOMPARE(model.rowCount(), 0);
}

void TestCollectionFolder::dropAsksForTheMoveAndRemovesNoRows()
{
    CollectionTreeModel model;
    model.setTree(CollectionTree::read(m_dir->path()));
    QSignalSpy moves(&model, &CollectionTreeModel::moveRequested);
    // A request onto another file's request: into that file.
    std::unique_ptr<QMimeData> request(
        model.mimeData({ model.indexFor(u"10-products.http"_s, 1) }));
    const QModelIndex deviceRequest = model.indexFor(u"2-devices/device.http"_s, 0);
    QVERIFY(model.canDropMimeData(request.get(), Qt::MoveAction, -1, -1, deviceRequest));
    QVERIFY(!model.dropMimeData(request.get(), Qt::MoveAction, -1, -1, deviceRequest));
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves.at(0).at(0).toString(), u"10-products.http"_s);
    QCOMPARE(moves.at(0).at(1).toInt(), 1);
    QCOMPARE(moves.at(0).at(2).toString(), u"2-devices/device.http"_s);
    // Not into a file that does not parse, nor a folder into itself, nor where it is.
    QVERIFY(!model.canDropMimeData(
        request.get(), Qt::MoveAction, -1, -1, model.indexFor(u"broken.http"_s)));
    std::unique_ptr<QMimeData> folder(model.mimeData({ model.indexFor(u"2-devices"_s) }));
    QVERIFY(!model.canDropMimeData(
        folder.get(), Qt::MoveAction, -1, -1, model.indexFor(u"2-devices/device.http"_s)));
    QVERIFY(!model.canDropMimeData(folder.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QVERIFY(model.dropMimeData(folder.get(), Qt::MoveAction, -1, -1, model.indexFor(u"empty"_s))
        == false);
    QCOMPARE(moves.size(), 2);
    QCOMPARE(moves.at(1).at(2).toString(), u"empty"_s);
    QCOMPARE(model.rowCount(), 4); // nothing removed by the model itself
}

void TestCollectionFolder::savingARequestKeepsTheOtherRegionsByteForByte()
{
    CollectionFolder folder;
    QString error;
    QVERIFY(folder.open(m_dir->path(), &error, false));
    HttpRegion request;
    request.name = u"createProduct"_s;
    request.method = u"PUT"_s;
    request.url = u"{{baseUrl}}/v2/product/{{pid}}"_s;
    request.headers = { { u"Content-Type"_s, u"application/json"_s } };
    request.body = u"{\"name\": \"desk lamp\"}"_s;
    int region = -1;
    QVERIFY2(
        folder.saveRequest(u"10-products.http"_s, request, &region, &error), qPrintable(error));
    QCOMPARE(region, 1);
    const QByteArray saved = readFile(path(u"10-products.http"_s));
    // The first region, untouched, keeps its odd spacing byte for byte.
    const qsizetype firstEnd = productsFile.indexOf("###");
    QCOMPARE(saved.left(firstEnd), productsFile.left(firstEnd));
    // The edited one keeps its directive and assertion and has the new request.
    const HttpFileParser::Result parsed = HttpFileParser::parse(saved);
    QVERIFY(parsed.ok());
    const HttpRegion &edited = parsed.file.regions.at(1);
    QCOMPARE(edited.method, u"PUT"_s);
    QCOMPARE(edited.url, u"{{baseUrl}}/v2/product/{{pid}}"_s);
    QCOMPARE(edited.body, u"{\"name\": \"desk lamp\"}"_s);
    QCOMPARE(edited.directives.size(), 1);
    QCOMPARE(edited.assertions.size(), 1);

    // A new name goes at the end; a new file is made.
    request.name = u"updateProduct"_s;
    QVERIFY(folder.saveRequest(u"10-products.http"_s, request, &region, &error));
    QCOMPARE(region, 2);
    QVERIFY(folder.saveRequest(u"new/more.http"_s, request, &region, &error));
    QCOMPARE(region, 0);
    QVERIFY(folder.tree()->find(u"new/more.http"_s, 0));
    QVERIFY(!folder.saveRequest(
        u"10-products.http"_s, HttpRegion { .name = u"bad name"_s }, &region, &error));
}

void TestCollectionFolder::savingBackReplacesTheOpenedRequest()
{
    CollectionFolder folder;
    QString error;
    QVERIFY(folder.open(m_dir->path(), &error, false));
    HttpRegion request;
    request.name = u"devices"_s; // the unnamed request, now named
    request.method = u"GET"_s;
    request.url = u"{{baseUrl}}/v2/devices?limit=5"_s;
    int region = -1;
    QVERIFY(folder.saveRequest(u"2-devices/device.http"_s, request, &region, &error, 0));
    QCOMPARE(region, 0);
    QCOMPARE(readFile(path(u"2-devices/device.http"_s)),
        QByteArray("# @name devices\nGET {{baseUrl}}/v2/devices?limit=5\n"));
}

void TestCollectionFolder::createRenameMoveAndDelete()
{
    CollectionFolder folder;
    QString error;
    QVERIFY(folder.open(m_dir->path(), &error, false));
    QString created;
    QVERIFY(folder.createFile(u"empty"_s, u"auth"_s, &created, &error));
    QCOMPARE(created, u"empty/auth.http"_s);
    int region = -1;
    QVERIFY(folder.createRequest(created, u"login"_s, &region, &error));
    QVERIFY(!folder.createRequest(created, u"login"_s, &region, &error)); // never replaced
    QVERIFY(folder.renameRequest(created, 0, u"logIn"_s, &error));
    QCOMPARE(folder.tree()->find(created, 0)->name, u"logIn"_s);
    QVERIFY(!folder.createFolder(QString(), u"../outside"_s, &error));
    QVERIFY(!error.isEmpty());

    QString renamed;
    QVERIFY(folder.rename(created, u"session"_s, &renamed, &error));
    QCOMPARE(renamed, u"empty/session.http"_s);
    QVERIFY(QFile::exists(path(renamed)));
    QString moved;
    QVERIFY(folder.move(renamed, QString(), &moved, &error));
    QCOMPARE(moved, u"session.http"_s);
    QVERIFY(!folder.move(u"empty"_s, u"empty"_s, &moved, &error));
    QVERIFY(folder.moveRequest(u"10-products.http"_s, 1, moved, &error));
    QCOMPARE(folder.tree()->find(moved)->children.size(), size_t(2));
    QCOMPARE(folder.tree()->find(moved, 1)->name, u"createProduct"_s);
    QCOMPARE(folder.tree()->find(u"10-products.http"_s)->children.size(), size_t(1));
    QVERIFY(folder.remove(u"empty"_s, &error));
    QVERIFY(!QFileInfo::exists(path(u"empty"_s)));
    QVERIFY(folder.remove(moved, &error));
    QVERIFY(!folder.tree()->find(moved));
}

void TestCollectionFolder::removingARequestKeepsTheFileVariables()
{
    CollectionFolder folder;
    QString error;
    QVERIFY(folder.open(m_dir->path(), &error, false));
    QVERIFY(folder.removeRequest(u"10-products.http"_s, 0, &error));
    const HttpFileParser::Result parsed
        = HttpFileParser::parse(readFile(path(u"10-products.http"_s)));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.file.requestIndexes().size(), 1);
    QCOMPARE(parsed.file.variables().size(), 1);
    QVERIFY(folder.removeRequest(u"10-products.http"_s, 1, &error));
    QCOMPARE(folder.tree()->find(u"10-products.http"_s)->children.size(), size_t(0));
}

void TestCollectionFolder::changeOnDiskIsReportedAndNeverWrittenOver()
{
    CollectionFolder folder;
    QString error;
    QVERIFY(folder.open(m_dir->path(), &error, false));
    QSignalSpy changed(&folder, &CollectionFolder::filesChangedOnDisk);
    QSignalSpy treeChanged(&folder, &CollectionFolder::treeChanged);
    // Its own writes are not "changed on disk".
    QVERIFY(folder.renameRequest(u"10-products.http"_s, 0, u"products"_s, &error));
    QVERIFY(folder.writeText(u"2-devices/device.http"_s, u"GET /v2/devices\n"_s, &error));
    // Someone else (an editor, git) changes a file: read again by the watcher, and named.
    const QByteArray theirs = "# @name other\nGET /v2/other\n";
    QVERIFY(writeFile(path(u"2-devices/device.http"_s), theirs));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList { u"2-devices/device.http"_s });
    QCOMPARE(folder.tree()->find(u"2-devices/device.http"_s, 0)->name, u"other"_s);

    // A change asked for against a file that changed since it was read is refused.
    QVERIFY(writeFile(path(u"10-products.http"_s), productsFile + "\n###\nGET /late\n"));
    QVERIFY(!folder.renameRequest(u"10-products.http"_s, 1, u"renamed"_s, &error));
    QVERIFY(error.contains(u"changed on disk"_s));
    QCOMPARE(readFile(path(u"10-products.http"_s)), productsFile + "\n###\nGET /late\n");
    // ...and the folder was read again, so the next try works.
    QCOMPARE(folder.tree()->find(u"10-products.http"_s)->children.size(), size_t(3));
    QVERIFY(folder.renameRequest(u"10-products.http"_s, 1, u"renamed"_s, &error));
}

void TestCollectionFolder::variablesShowValuesAndMaskSecrets()
{
    const QByteArray file = "@pid = 1607d2b6f8a11f41\n"
                            "@auth = Bearer {{apiToken}}\n"
                            "###\n"
                            "# @name readDevice\n"
                            "GET {{baseUrl}}/v2/product/{{pid}}/device/{{did}}?x={{region}}\n"
                            "Authorization: {{auth}}\n"
                            "Access-Token: {{login.response.body.$.access_token}}\n"
                            "X-Password: {{password}}\n"
                            "X-Nonce: {{$guid}}\n";
    QVERIFY(writeFile(path(u"device.http"_s), file));
    QVERIFY(writeFile(path(u"http-client.env.json"_s),
        R"({"$shared": {"region": "cn"}, "dev": {"did": "42", "password": "public-pw"}})"));
    QVERIFY(writeFile(path(u"http-client.private.env.json"_s),
        R"({"dev": {"apiToken": "tok-123", "did": "private-did"}})"));
    CollectionFolder folder;
    QString error;
    QVERIFY(folder.open(m_dir->path(), &error, false));
    QVERIFY2(folder.environmentProblem().isEmpty(), qPrintable(folder.environmentProblem()));
    const CollectionTree::Node *node = folder.tree()->find(u"device.http"_s, 1);
    QVERIFY(node);
    VariableUsage::Sources sources;
    sources.environmentFile = &folder.environmentFile();
    sources.environmentName = u"dev"_s;
    sources.environment = { { u"baseUrl"_s, u"http://127.0.0.1:1"_s } };
    const QList<VariableUsage::Row> rows
        = VariableUsage::of(*node->request(), *node->content, sources);
    QHash<QString, VariableUsage::Row> byName;
    for (const VariableUsage::Row &row : rows)
        byName.insert(row.expression, row);
    QCOMPARE(byName.value(u"baseUrl"_s).value, u"http://127.0.0.1:1"_s);
    QCOMPARE(byName.value(u"pid"_s).value, u"1607d2b6f8a11f41"_s);
    QCOMPARE(byName.value(u"region"_s).value, u"cn"_s);
    // From the private file: masked, even with an ordinary name.
    QVERIFY(byName.value(u"did"_s).secret);
    QCOMPARE(byName.value(u"did"_s).value, QString::fromUtf8(VariableUsage::mask));
    // A secret name, and a value made from a secret one.
    QVERIFY(byName.value(u"password"_s).secret);
    QVERIFY(byName.value(u"auth"_s).secret);
    QVERIFY(!byName.value(u"auth"_s).value.contains(u"tok-123"_s));
    // A chained value: not answered yet, said so.
    QVERIFY(!byName.value(u"login.response.body.$.access_token"_s).resolved);
    QVERIFY(byName.value(u"$guid"_s).resolved);
    for (const VariableUsage::Row &row : rows) {
        QVERIFY2(!row.value.contains(u"tok-123"_s) && !row.value.contains(u"private-did"_s)
                && !row.value.contains(u"public-pw"_s),
            qPrintable(row.expression));
    }
}

void TestCollectionFolder::postmanExportWritesAFileNewmanReads()
{
    QVERIFY(QFile::remove(path(u"broken.http"_s)));
    QStringList notes;
    QString error;
    const QString output = path(u"out.postman_collection.json"_s);
    QCOMPARE(PostmanFiles::exportCollection(m_dir->path(), output, &notes, &error),
        PostmanFiles::Outcome::Done);
    QVERIFY(readFile(output).contains("createProduct"));
    QVERIFY(QFile::permissions(output).testFlag(QFileDevice::ReadOwner));
    QVERIFY(!QFile::permissions(output).testFlag(QFileDevice::ReadOther));
    QVERIFY(writeFile(path(u"bad.http"_s), "# @name x y\nGET /\n"));
    QCOMPARE(PostmanFiles::exportCollection(m_dir->path(), output, &notes, &error),
        PostmanFiles::Outcome::Problems);
    QVERIFY(error.contains(u"bad.http:1:"_s));
    QByteArray bytes;
    QVERIFY(!PostmanFiles::read(path(u"missing.json"_s), &bytes, &error));
    QVERIFY(error.startsWith(path(u"missing.json"_s)));
}

QTEST_GUILESS_MAIN(TestCollectionFolder)
#include "TestCollectionFolder.moc"
