// The failure-log page in Team scope (issue 17), against a throwaway PostgreSQL server: two
// developers' records on the server, this machine's own in its local log. The page is driven as
// a user drives it: switch the scope, type a filter, pick a sender, group by code, export; the
// models are checked with QAbstractItemModelTester. An unreachable server is said in the page
// while this machine's log keeps working, and a server that never answers stalls nothing.
#include "FailureStore.h"
#include "LogDatabase.h"
#include "PostgresTestServer.h"
#include "SampleCalls.h"
#include "TeamDatabase.h"
#include "TeamPush.h"
#include "TeamReader.h"
#include "TeamSchema.h"
#include "catalogue/CodeBrowserWidget.h"
#include "catalogue/ErrorCatalogue.h"
#include "log/CodeCountModel.h"
#include "log/ExportDialog.h"
#include "log/FailureChartWidget.h"
#include "log/FailureLogModel.h"
#include "log/FailureLogWidget.h"
#include "log/SeenCountReader.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace xlink;
using xlink::test::PostgresTestServer;
using xlink::test::SampleCalls;

namespace {

const QString database = u"team_page"_s;
const QString writer = u"page_writer"_s;
const QString writerPassword = u"page-pass-41"_s;
const QString ana = u"ana@laptop"_s;
const QString ci = u"ci@runner-3"_s;
// Records per sender, and of them in the "needle-env" environment.
constexpr int perSender = 6;
constexpr int needlesPerSender = 2;
constexpr int localRecords = 4;

// Every value one column of `model` shows.
QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

// Picks the entry of `box` whose data is `value` with the arrow keys, as a user does.
bool pick(QComboBox *box, const QVariant &value)
{
    const int target = box->findData(value);
    if (target < 0 || !box->isEnabled())
        return false;
    box->setFocus();
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
    return box->currentIndex() == target;
}

} // namespace

class TestTeamLogPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void scopeSwitchNeedsATeamLog();
    void teamScopeFiltersOnTheServer();
    void groupsChartAndDetailComeFromTheServer();
    void teamExportNamesTheSenders();
    void unreachableServerIsSaidAndLocalStillWorks();
    void silentServerStallsNothing();
    void codeBrowserSaysHowOftenTheTeamSawACode();

private:
    TeamConnectionSettings settings() const;
    QString pushed(const QString &sender, const QList<CallRecord> &records);
    // The scope picked in the scope box with the arrow keys, as a user does.
    static bool switchTo(FailureLogWidget &widget, FailureLogWidget::Scope scope);

    PostgresTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<FailureStore> m_store;
    QDateTime m_base = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
};

void TestTeamLogPage::initTestCase()
{
    Translations::install(Language::English);
    QVERIFY(TeamDatabase::driverAvailable());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(
        m_server.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(writer, writerPassword), &error),
        qPrintable(error));
    QVERIFY2(m_server.exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(database, writer), &error),
        qPrintable(error));
    TeamDatabase team;
    QVERIFY(team.open(settings()).ok());
    QVERIFY(TeamSchema::migrate(team.db()).ok());

    // Two developers: each a few failures, two of them in "needle-env", one with another code.
    int second = 0;
    for (const QString &sender : { ana, ci }) {
        QList<CallRecord> records;
        for (int i = 0; i < perSender; ++i) {
            const QDateTime at = m_base.addSecs(++second * 60);
            if (i < needlesPerSender)
                records << SampleCalls::platform(at, 4041011, u"needle-env"_s);
            else if (i == needlesPerSender)
                records << SampleCalls::http(at, 503);
            else
                records << SampleCalls::platform(at, 4031003, u"team-env"_s);
        }
        QVERIFY(!pushed(sender, records).isEmpty());
    }
    // This machine's own log: other records, none of them on the server.
    m_store = std::make_unique<FailureStore>(
        m_dir.filePath(u"this-machine.sqlite"_s), SampleCalls::keepEverything());
    QVERIFY(m_store->open().ok);
    for (int i = 0; i < localRecords; ++i)
        QVERIFY(m_store->record(SampleCalls::platform(m_base.addSecs(-i), 4001001, u"mine"_s)) > 0);
}

void TestTeamLogPage::init()
{
    QString error;
    if (!m_server.isRunning())
        QVERIFY2(m_server.start(&error), qPrintable(error));
}

TeamConnectionSettings TestTeamLogPage::settings() const
{
    TeamConnectionSettings settings;
    settings.host = PostgresTestServer::host();
    settings.port = m_server.port();
    settings.database = database;
    settings.user = writer;
    settings.password = writerPassword;
    settings.sslMode = u"disable"_s;
    return settings;
}

QString TestTeamLogPage::pushed(const QString &sender, const QList<CallRecord> &records)
{
    const QString path = m_dir.filePath(QString(sender).replace(u'@', u'-') + u".sqlite"_s);
    {
        FailureStore store(path, SampleCalls::keepEverything());
        if (!store.open().ok)
            return {};
        for (const CallRecord &record : records) {
            if (store.record(record) <= 0)
                return {};
        }
    }
    LogDatabase local(path);
    TeamDatabase server;
    if (!local.open().ok || !server.open(settings()).ok())
        return {};
    const TeamPush::Result result = TeamPush(local.db(), server.db(), sender).run();
    return result.ok() && result.sent == records.size() ? path : QString();
}

bool TestTeamLogPage::switchTo(FailureLogWidget &widget, FailureLogWidget::Scope scope)
{
    QComboBox *box = widget.scopeSwitch();
    box->setFocus();
    QTest::keyClick(box, scope == FailureLogWidget::Scope::Team ? Qt::Key_Down : Qt::Key_Up);
    return widget.scope() == scope;
}

void TestTeamLogPage::scopeSwitchNeedsATeamLog()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    // No team log set up: the switch is off and says where to set one up.
    QVERIFY(!widget.scopeSwitch()->isEnabled());
    QVERIFY2(widget.scopeSwitch()->toolTip().contains(u"Settings › Team log"_s),
        qPrintable(widget.scopeSwitch()->toolTip()));
    QVERIFY(!widget.senderFilter()->isVisibleTo(&widget));
    QTRY_COMPARE(widget.model()->rowCount(), localRecords);

    widget.setTeamConnection(settings());
    QVERIFY(widget.scopeSwitch()->isEnabled());
    QVERIFY(widget.scopeSwitch()->toolTip().contains(settings().displayName()));
    // Taken away again (the settings were cleared) while the team log is shown: back to this
    // machine's log.
    QVERIFY(switchTo(widget, FailureLogWidget::Scope::Team));
    widget.setTeamConnection(std::nullopt);
    QCOMPARE(widget.scope(), FailureLogWidget::Scope::ThisMachine);
    QVERIFY(!widget.scopeSwitch()->isEnabled());
    QTRY_COMPARE(widget.model()->rowCount(), localRecords);
}

void TestTeamLogPage::teamScopeFiltersOnTheServer()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    QAbstractItemModelTester tester(
        widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.setTeamConnection(settings());
    QTRY_COMPARE(widget.model()->rowCount(), localRecords);
    QCOMPARE(widget.model()->columnCount(), FailureLogModel::columnTotal);

    QVERIFY(switchTo(widget, FailureLogWidget::Scope::Team));
    // Every sender's records, none of this machine's, with a Sender column.
    QTRY_COMPARE(widget.model()->rowCount(), 2 * perSender);
    QCOMPARE(widget.model()->columnCount(), FailureLogModel::Sender + 1);
    QCOMPARE(widget.model()->headerData(FailureLogModel::Sender, Qt::Horizontal).toString(),
        u"Sender"_s);
    QTRY_VERIFY(!column(widget.model(), FailureLogModel::Time).contains(u"Loading…"_s));
    QStringList senders = column(widget.model(), FailureLogModel::Sender);
    QCOMPARE(senders.count(ana), perSender);
    QCOMPARE(senders.count(ci), perSender);
    QVERIFY(!column(widget.model(), FailureLogModel::Environment).contains(u"mine"_s));
    QVERIFY(widget.senderFilter()->isVisibleTo(&widget));
    QVERIFY(widget.summary()->text().contains(u"team log"_s));

    // A text typed: the server's filter, both senders' matching rows.
    QTest::keyClicks(widget.textFilter(), u"needle"_s);
    QTRY_COMPARE(widget.model()->rowCount(), 2 * needlesPerSender);
    QTRY_VERIFY(!column(widget.model(), FailureLogModel::Time).contains(u"Loading…"_s));
    senders = column(widget.model(), FailureLogModel::Sender);
    QCOMPARE(senders.count(ana), needlesPerSender);
    QCOMPARE(senders.count(ci), needlesPerSender);

    // The sender picked: only hers.
    QTRY_VERIFY(widget.senderFilter()->findData(ana) >= 0);
    QVERIFY(widget.senderFilter()->findData(ci) >= 0);
    QVERIFY(pick(widget.senderFilter(), ana));
    QTRY_COMPARE(widget.model()->rowCount(), needlesPerSender);
    QTRY_COMPARE(
        column(widget.model(), FailureLogModel::Sender), QStringList(needlesPerSender, ana));
    QCOMPARE(widget.teamFilter().senders, QStringList { ana });

    // Back to this machine: its own rows again, without the sender.
    widget.textFilter()->selectAll();
    QTest::keyClick(widget.textFilter(), Qt::Key_Backspace);
    QVERIFY(switchTo(widget, FailureLogWidget::Scope::ThisMachine));
    QVERIFY(!widget.senderFilter()->isVisibleTo(&widget));
    QTRY_COMPARE(widget.model()->rowCount(), localRecords);
    QCOMPARE(widget.model()->columnCount(), FailureLogModel::columnTotal);
    QCOMPARE(
        column(widget.model(), FailureLogModel::Environment), QStringList(localRecords, u"mine"_s));
}

void TestTeamLogPage::groupsChartAndDetailComeFromTheServer()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    QAbstractItemModelTester tester(
        widget.codeCounts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.setTeamConnection(settings());
    QVERIFY(switchTo(widget, FailureLogWidget::Scope::Team));
    QTRY_COMPARE(widget.model()->rowCount(), 2 * perSender);

    // Grouped by code on the server: 4031003 and 4041011 from both senders (the 503s have
    // no platform code).
    widget.setGroupByCode(true);
    QTRY_COMPARE(widget.codeCounts()->rowCount(), 2);
    QTRY_VERIFY(!widget.codeCounts()->isCounting());
    QCOMPARE(widget.codeCounts()->index(0, CodeCountModel::Code).data().toString(), u"4031003"_s);
    QCOMPARE(widget.codeCounts()->index(0, CodeCountModel::Count).data().toString(),
        QString::number(2 * (perSender - needlesPerSender - 1)));
    QCOMPARE(widget.codeCounts()->index(1, CodeCountModel::Count).data().toString(),
        QString::number(2 * needlesPerSender));

    // The chart: buckets counted by the server, every record in one of them.
    QTRY_VERIFY(!widget.chart()->isPending());
    qint64 charted = 0;
    for (const LogQuery::Bucket &bucket : widget.chart()->buckets())
        charted += bucket.count;
    QCOMPARE(charted, qint64(2 * perSender));
    QCOMPARE(widget.chart()->codes().size(), 2);

    // A sender picked narrows the groups too.
    QTRY_VERIFY(widget.senderFilter()->findData(ci) >= 0);
    QVERIFY(pick(widget.senderFilter(), ci));
    QTRY_COMPARE(widget.codeCounts()->index(1, CodeCountModel::Count).data().toString(),
        QString::number(needlesPerSender));

    // The detail of a row: the call read from the server. The table first shows the sender's
    // rows (a row made current before the model is read again loses its currency).
    QTRY_COMPARE(widget.model()->rowCount(), perSender);
    QTRY_VERIFY(!widget.model()->isSearching());
    QTRY_VERIFY(!column(widget.model(), FailureLogModel::Time).contains(u"Loading…"_s));
    widget.table()->setCurrentIndex(widget.model()->index(0, 0));
    QTRY_VERIFY(widget.detail()->toPlainText().contains(u"/v2/product/"_s));
    QVERIFY(widget.detail()->toPlainText().contains(u"Sent to the team log by "_s + ci));
}

void TestTeamLogPage::teamExportNamesTheSenders()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    widget.setTeamConnection(settings());
    QVERIFY(switchTo(widget, FailureLogWidget::Scope::Team));
    QTest::keyClicks(widget.textFilter(), u"needle"_s);
    QTRY_COMPARE(widget.model()->rowCount(), 2 * needlesPerSender);
    widget.exportReport();
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = widget.findChild<ExportDialog *>()) != nullptr);
    dialog->setFormat(ReportExporter::Format::Json);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 30000);
    const QJsonArray records
        = QJsonDocument::fromJson(dialog->previewBytes()).object()[u"records"_s].toArray();
    QCOMPARE(records.size(), 2 * needlesPerSender);
    QStringList senders;
    for (const QJsonValue &record : records)
        senders << record[u"sender"_s].toString();
    QCOMPARE(senders.count(ana), needlesPerSender);
    QCOMPARE(senders.count(ci), needlesPerSender);
    dialog->setFormat(ReportExporter::Format::Csv);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 30000);
    QVERIFY(dialog->previewBytes().startsWith("id,"));
    QVERIFY(dialog->previewBytes().split('\n').constFirst().trimmed().endsWith(",sender"));
    dialog->close();
    delete dialog;

    // Two rows selected: their ids are the server's, resolved there, and only they are exported.
    QTRY_VERIFY(!column(widget.model(), FailureLogModel::Time).contains(u"Loading…"_s));
    const QList<qint64> picked {
        widget.model()->index(1, 0).data(FailureLogModel::IdRole).toLongLong(),
        widget.model()->index(2, 0).data(FailureLogModel::IdRole).toLongLong()
    };
    widget.table()->selectionModel()->select(
        QItemSelection(widget.model()->index(1, 0), widget.model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    widget.exportReport();
    QTRY_VERIFY((dialog = widget.findChild<ExportDialog *>()) != nullptr);
    QCOMPARE(dialog->scopeFilter().ids.size(), 2);
    dialog->setFormat(ReportExporter::Format::Json);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 30000);
    const QJsonArray selected
        = QJsonDocument::fromJson(dialog->previewBytes()).object()[u"records"_s].toArray();
    QCOMPARE(selected.size(), 2);
    QList<qint64> exported;
    for (const QJsonValue &record : selected)
        exported << record[u"id"_s].toInteger();
    std::sort(exported.begin(), exported.end());
    QList<qint64> expected = picked;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(exported, expected);
}

void TestTeamLogPage::unreachableServerIsSaidAndLocalStillWorks()
{
    FailureLogWidget widget(m_store.get());
    widget.show();
    widget.setTeamConnection(settings());
    QVERIFY(switchTo(widget, FailureLogWidget::Scope::Team));
    QTRY_COMPARE(widget.model()->rowCount(), 2 * perSender);
    QVERIFY(!widget.teamProblem()->isVisibleTo(&widget));

    // The server goes away: the page says so, in words, and the rows go.
    QVERIFY(m_server.stop());
    widget.refresh();
    QTRY_VERIFY(widget.teamProblem()->isVisibleTo(&widget));
    QVERIFY2(widget.teamProblem()->text().contains(u"cannot be read"_s),
        qPrintable(widget.teamProblem()->text()));
    QVERIFY2(widget.teamProblem()->text().contains(widget.teamError().message()),
        qPrintable(widget.teamProblem()->text()));
    QCOMPARE(widget.teamError().kind, TeamConnectionError::Kind::Unreachable);
    QTRY_COMPARE(widget.model()->rowCount(), 0);
    QVERIFY(widget.summary()->text().contains(u"cannot be read"_s));

    // This machine's log still works.
    QVERIFY(switchTo(widget, FailureLogWidget::Scope::ThisMachine));
    QVERIFY(!widget.teamProblem()->isVisibleTo(&widget));
    QTRY_COMPARE(widget.model()->rowCount(), localRecords);

    // Back: the team log is read again once the server is.
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(switchTo(widget, FailureLogWidget::Scope::Team));
    QTRY_COMPARE(widget.model()->rowCount(), 2 * perSender);
    QTRY_VERIFY(!widget.teamProblem()->isVisibleTo(&widget));
}

void TestTeamLogPage::silentServerStallsNothing()
{
    // A "server" that takes the connection and never answers: the team log's connection waits
    // on its own thread for its timeout, while the page goes on working.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    TeamConnectionSettings quiet = settings();
    quiet.port = silent.serverPort();
    FailureLogWidget widget(m_store.get());
    widget.show();
    widget.setTeamConnection(quiet);
    QVERIFY(switchTo(widget, FailureLogWidget::Scope::Team));
    QTRY_VERIFY(silent.hasPendingConnections());
    QVERIFY(widget.model()->isSearching());
    // Typed and switched back while the connection hangs: this machine's rows come.
    QTest::keyClicks(widget.textFilter(), u"mine"_s);
    QVERIFY(switchTo(widget, FailureLogWidget::Scope::ThisMachine));
    QTRY_COMPARE(widget.model()->rowCount(), localRecords);
    QCOMPARE(
        column(widget.model(), FailureLogModel::Environment), QStringList(localRecords, u"mine"_s));
    // The connections closed: the team log's threads give up at once, and the page can go.
    while (QTcpSocket *socket = silent.nextPendingConnection())
        socket->abort();
    silent.close();
}

void TestTeamLogPage::codeBrowserSaysHowOftenTheTeamSawACode()
{
    TeamReader team(settings());
    CodeBrowserWidget browser;
    browser.setCatalogue(std::make_shared<const ErrorCatalogue>(ErrorCatalogue::builtin()));
    browser.setSeenCount(SeenCountReader::forStore(m_store.get()));
    browser.setTeamSeenCount(SeenCountReader::forTeam([&team] { return &team; }));
    // Counted by the server: both senders' records with the code; this machine has none.
    QVERIFY(browser.selectCode(4041011));
    const QString teamLine = u"Seen %1 times in the team log"_s.arg(2 * needlesPerSender);
    QTRY_VERIFY2(browser.detailView()->toPlainText().contains(teamLine),
        qPrintable(browser.detailView()->toPlainText()));
    // The machine's own count is read apart from the team's and may come after it.
    QTRY_VERIFY2(browser.detailView()->toPlainText().contains(u"Not seen in the failure log."_s),
        qPrintable(browser.detailView()->toPlainText()));
    QVERIFY(browser.detailView()->toHtml().contains(u"xlink-teamlog:4041011"_s));
    QSignalSpy follow(&browser, &CodeBrowserWidget::showInTeamLog);
    Q_EMIT browser.detailView()->anchorClicked(QUrl(u"xlink-teamlog:4041011"_s));
    QCOMPARE(follow.size(), 1);
    QCOMPARE(follow.first().first().toInt(), 4041011);
    // Followed: the page in Team scope, filtered by the code.
    FailureLogWidget widget(m_store.get());
    widget.setTeamConnection(settings());
    widget.setScope(FailureLogWidget::Scope::Team);
    widget.showCode(follow.first().first().toInt());
    QTRY_COMPARE(widget.model()->rowCount(), 2 * needlesPerSender);
    QCOMPARE(widget.scope(), FailureLogWidget::Scope::Team);

    // A code only this machine saw.
    QVERIFY(browser.selectCode(4001001));
    QTRY_VERIFY(browser.detailView()->toPlainText().contains(u"Not seen in the team log."_s));
    QTRY_VERIFY2(browser.detailView()->toPlainText().contains(
                     u"Seen %1 times in the failure log"_s.arg(localRecords)),
        qPrintable(browser.detailView()->toPlainText()));

    // No team log set up: no line about it.
    browser.setTeamSeenCount(SeenCountReader::forTeam([] { return nullptr; }));
    QVERIFY(browser.selectCode(4041011));
    QTRY_VERIFY(browser.detailView()->toPlainText().contains(u"Not seen in the failure log."_s));
    QVERIFY(!browser.detailView()->toPlainText().contains(u"team log"_s));
}

QTEST_MAIN(TestTeamLogPage)
#include "TestTeamLogPage.moc"
