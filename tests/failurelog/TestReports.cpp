// Every report format, parsed back: structure, escaping, the summary, curl commands, and no
// secret anywhere.
#include "CsvReader.h"
#include "FailureStore.h"
#include "FileSizeLimit.h"
#include "SampleCalls.h"
#include "call/FailureText.h"
#include "report/CsvReportWriter.h"
#include "report/CurlCommand.h"
#include "report/MarkdownReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/RecordJson.h"
#include "report/ReportBuilder.h"
#include "report/ReportExporter.h"
#include "report/ReportText.h"
#include "util/OwnerOnlyFiles.h"
#include "util/Translations.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QXmlStreamReader>

#include <cerrno>

using namespace xlink;
using namespace Qt::StringLiterals;
using test::SampleCalls;
using Format = ReportExporter::Format;

namespace {
const QByteArray sentinel = "Zq9-SENTINEL-secret-7731";
const QString imgTag = u"<img src=x onerror=alert(1)>"_s;

bool hasImage(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}
} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryCountsByCodeAndTimeSpan();
    void previewEqualsSavedFile_data();
    void previewEqualsSavedFile();
    void noSecretInAnyFormat();
    void csvParsesBack();
    void csvByteOrderMark();
    void csvGuardsFormulasInEveryTextCell();
    void jsonCarriesItsSchemaTimeAndSummary();
    void jsonListsEveryRecordWithEveryField();
    void harEntriesHaveEveryFieldHar12Requires();
    void harRecordsNoAnswerAsStatus0AndKeepsQueriesRedacted();
    void htmlIsWellFormed();
    void markdownNumbersEachRecordAndSaysTheSelection();
    void markdownFencesAndCellsKeepTheirText();
    void markdownKeepsServerTextAsText();
    void selectionAndSuccessStatusesInWords();
    void labelsFollowTheLanguage();
    void pdfPageCount();
    void largePdfHoldsTheSummaryAndTheFirstRecords();
    void formatsWithoutSummarySkipItsPass();
    void isoTimeAsQtWritesIt();
    void curlQuotingSurvivesBash();
    void saveFailsCleanly();
    void fullDiskKeepsTheOldFileAndSaysWhy_data();
    void fullDiskKeepsTheOldFileAndSaysWhy();

private:
    QByteArray render(Format format, const ReportOptions &options = {});
    QTemporaryDir m_dir;
    std::unique_ptr<FailureStore> m_store;
    std::optional<LogQuery> m_query;
    Report m_report;
    const QDateTime m_base = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<FailureStore>(
        m_dir.path() + u"/log.sqlite"_s, SampleCalls::keepEverything());
    QVERIFY(m_store->open().ok);
    // Why it failed, as this build stores it: data, said in the report's language.
    CallRecord timedOut = SampleCalls::timeout(m_base.addSecs(30));
    timedOut.errorText.clear();
    timedOut.errorData = FailureText::timedOut(30000);
    QList<CallRecord> calls = { SampleCalls::platform(m_base, 4031003, u"prod"_s, sentinel),
        SampleCalls::http(m_base.addSecs(10)), SampleCalls::network(m_base.addSecs(20)), timedOut,
        SampleCalls::malformed(m_base.addSecs(40)),
        SampleCalls::login(m_base.addSecs(50), sentinel),
        SampleCalls::success(m_base.addSecs(60)) };
    // Text that every format must escape: separators, quotes, newlines, markup, backticks.
    CallRecord tricky = SampleCalls::platform(m_base.addSecs(70), 4041008);
    tricky.platformError->serverMessage
        = u"a,b \"quoted\"\nline2 <script>alert('x')</script> | ``` & 设备 "_s + imgTag;
    tricky.requestBody = "{\"note\":\"it's\"}";
    tricky.method = "POST";
    calls << tricky;
    for (const CallRecord &call : calls)
        QVERIFY(m_store->record(call) > 0);
    m_query.emplace(m_store->query());
    m_report = ReportBuilder::build(*m_query, LogFilter(), m_base.addDays(1));
}

QByteArray TestReports::render(Format format, const ReportOptions &options)
{
    QString error;
    const QByteArray bytes = ReportExporter::preview(m_report, format, options, &error);
    if (bytes.isEmpty())
        qWarning() << "render failed:" << error;
    return bytes;
}

void TestReports::summaryCountsByCodeAndTimeSpan()
{
    const ReportSummary &s = m_report.summary;
    QCOMPARE(s.total, 7);
    QCOMPARE(s.from, m_base);
    QCOMPARE(s.to, m_base.addSecs(70));
    QCOMPARE(s.byCode.size(), 3);
    for (const auto &line : s.byCode) {
        QCOMPARE(line.count, 1);
        QVERIFY(!line.zh.isEmpty() && !line.en.isEmpty());
    }
    const auto invalidToken = std::find_if(
        s.byCode.cbegin(), s.byCode.cend(), [](const auto &line) { return line.code == 4031003; });
    QVERIFY(invalidToken != s.byCode.cend());
    QVERIFY(!invalidToken->hintEn.isEmpty());
    qint64 statuses = 0;
    for (const auto &line : s.byStatus)
        statuses += line.count;
    QCOMPARE(statuses, 7);
    QVERIFY(!s.byEndpoint.isEmpty());
    qint64 timeline = 0;
    for (const auto &bucket : s.timeline)
        timeline += bucket.count;
    QCOMPARE(timeline, 7);
}

void TestReports::previewEqualsSavedFile_data()
{
    QTest::addColumn<Format>("format");
    for (const QString &name : ReportExporter::formatNames())
        QTest::newRow(name.toLatin1().constData()) << *ReportExporter::formatFromName(name);
}

void TestReports::previewEqualsSavedFile()
{
    QFETCH(Format, format);
    const QByteArray preview = render(format);
    QVERIFY(!preview.isEmpty());
    const QString path = m_dir.path() + u"/report."_s + ReportExporter::fileExtension(format);
    QFile::remove(path);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous contents");
    }
    QString error;
    QVERIFY2(ReportExporter::save(m_report, format, path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    if (format == Format::Pdf) {
        // QPdfWriter stamps a creation date and document id: compare the structure instead.
        QCOMPARE(pdfPages(saved), pdfPages(preview));
        QVERIFY(saved.startsWith("%PDF-"));
    } else {
        QCOMPARE(saved, preview);
    }
}

void TestReports::noSecretInAnyFormat()
{
    for (const QString &name : ReportExporter::formatNames()) {
        const QByteArray bytes = render(*ReportExporter::formatFromName(name));
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        QVERIFY2(!bytes.contains(sentinel), qPrintable(name));
        QVERIFY2(!bytes.contains("tok-0123456789"), qPrintable(name));
    }
}

void TestReports::csvParsesBack()
{
    const QByteArray bytes = render(Format::Csv);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> rows;
    QVERIFY(test::readCsv(QString::fromUtf8(bytes), &rows));
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.first(), CsvReportWriter::columns());
    const qsizetype columns = rows.first().size();
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), columns);
    const QStringList &tricky = rows.last();
    auto column = [&](const char *name) { return rows.first().indexOf(QLatin1StringView(name)); };
    QCOMPARE(tricky.at(column("server_msg")),
        u"a,b \"quoted\"\nline2 <script>alert('x')</script> | ``` & 设备 "_s + imgTag);
    QCOMPARE(tricky.at(column("code")), u"4041008"_s);
    QCOMPARE(tricky.at(column("kind")), u"platform"_s);
    QCOMPARE(tricky.at(column("request_body")), u"{\"note\":\"it's\"}"_s);
    QVERIFY(tricky.at(column("curl")).startsWith(u"curl -X POST '"_s));
    const QStringList &network = rows.at(3);
    QCOMPARE(network.at(column("kind")), u"network"_s);
    QCOMPARE(network.at(column("status")), QString());
    QCOMPARE(network.at(column("code")), QString());
    QCOMPARE(rows.at(1).at(column("time")), u"2026-03-01T08:00:00.000Z"_s);
    QCOMPARE(CsvReportWriter::field(u"a\"b"_s), u"\"a\"\"b\""_s);
    QCOMPARE(CsvReportWriter::field(u"plain"_s), u"plain"_s);
}

void TestReports::csvGuardsFormulasInEveryTextCell()
{
    // A cell a spreadsheet would run as a formula starts with an apostrophe, also when it is
    // quoted; numbers and the method are written as they are.
    QTemporaryDir dir;
    FailureStore store(dir.path() + u"/log.sqlite"_s, SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    CallRecord call = SampleCalls::http(m_base);
    call.environment = u"+staging"_s;
    call.errorText = u"=HYPERLINK(\"http://x\")"_s;
    call.requestBody = "-1,\"x\"\n\xe8\xae\xbe";
    call.method = "POST";
    QVERIFY(store.record(call) > 0);
    const LogQuery query = store.query();
    const Report report = ReportBuilder::build(query, LogFilter(), m_base.addDays(1));
    QString error;
    const QByteArray bytes = ReportExporter::preview(report, Format::Csv, {}, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QVERIFY(bytes.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","));
    QList<QStringList> rows;
    QVERIFY(test::readCsv(QString::fromUtf8(bytes), &rows));
    QCOMPARE(rows.size(), 2);
    auto cell = [&](const char *name) {
        return rows.at(1).at(rows.first().indexOf(QLatin1StringView(name)));
    };
    QCOMPARE(cell("environment"), u"'+staging"_s);
    QCOMPARE(cell("error_text"), u"'=HYPERLINK(\"http://x\")"_s);
    QCOMPARE(cell("request_body"), u"'-1,\"x\"\n设"_s);
    QCOMPARE(cell("method"), u"POST"_s);
    QCOMPARE(cell("status"), u"502"_s);
    QCOMPARE(cell("duration_ms"), u"42"_s);
}

void TestReports::csvByteOrderMark()
{
    ReportOptions options;
    options.csvByteOrderMark = true;
    const QByteArray bytes = render(Format::Csv, options);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,time,"));
}

void TestReports::jsonCarriesItsSchemaTimeAndSummary()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(render(Format::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root[u"schema"].toString(), u"xlink-failure-report/1"_s);
    QCOMPARE(root[u"generatedAt"].toString(), u"2026-03-02T08:00:00.000Z"_s);
    const QJsonObject summary = root[u"summary"].toObject();
    QCOMPARE(summary[u"total"].toInteger(), 7);
    QCOMPARE(summary[u"from"].toString(), u"2026-03-01T08:00:00.000Z"_s);
    QCOMPARE(summary[u"byCode"].toArray().size(), 3);
    QVERIFY(summary[u"byCode"][0][u"zh"].isString());
    QVERIFY(summary[u"byStatus"].toArray().size() >= 4);
}

void TestReports::jsonListsEveryRecordWithEveryField()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(render(Format::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray records = document.object()[u"records"].toArray();
    QCOMPARE(records.size(), 7);
    QStringList kinds;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        for (const char *key : { "id", "time", "environment", "method", "url", "status", "code",
                 "kind", "zh", "en", "serverMsg", "durationMs", "curl", "request", "response" })
            QVERIFY2(record.contains(QLatin1StringView(key)), key);
        QVERIFY(record[u"request"][u"headers"].isArray());
        kinds << record[u"kind"].toString();
    }
    QCOMPARE(kinds,
        QStringList({ u"platform"_s, u"http"_s, u"network"_s, u"timeout"_s, u"malformed"_s,
            u"platform"_s, u"platform"_s }));
    QCOMPARE(records[3][u"errorText"].toString(), u"No data for 30000 ms: the call timed out."_s);
    QCOMPARE(records[1][u"errorText"].toString(), u"HTTP 502 with an HTML page"_s); // as stored
    QVERIFY(records[2][u"status"].isNull());
    QVERIFY(records[2][u"code"].isNull());
    QCOMPARE(records[0][u"code"].toInt(), 4031003);
    QCOMPARE(records[0][u"status"].toInt(), 403);
}

void TestReports::harEntriesHaveEveryFieldHar12Requires()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(render(Format::Har), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject log = document[u"log"].toObject();
    QCOMPARE(log[u"version"].toString(), u"1.2"_s);
    QCOMPARE(log[u"creator"][u"name"].toString(), u"xlink-console"_s);
    QVERIFY(log[u"creator"][u"version"].isString());
    const QJsonArray entries = log[u"entries"].toArray();
    QCOMPARE(entries.size(), 7);
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        QVERIFY(QDateTime::fromString(entry[u"startedDateTime"].toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(entry[u"time"].isDouble());
        QVERIFY(entry[u"cache"].isObject());
        const QJsonObject timings = entry[u"timings"].toObject();
        for (const char *key : { "send", "wait", "receive" })
            QVERIFY(timings[QLatin1StringView(key)].isDouble());
        const QJsonObject request = entry[u"request"].toObject();
        for (const char *key : { "method", "url", "httpVersion" })
            QVERIFY2(request[QLatin1StringView(key)].isString(), key);
        for (const char *key : { "cookies", "headers", "queryString" })
            QVERIFY2(request[QLatin1StringView(key)].isArray(), key);
        QVERIFY(request[u"headersSize"].isDouble() && request[u"bodySize"].isDouble());
        const QJsonObject response = entry[u"response"].toObject();
        QVERIFY(response[u"status"].isDouble());
        for (const char *key : { "statusText", "httpVersion", "redirectURL" })
            QVERIFY2(response[QLatin1StringView(key)].isString(), key);
        for (const char *key : { "cookies", "headers" })
            QVERIFY2(response[QLatin1StringView(key)].isArray(), key);
        QVERIFY(response[u"content"][u"size"].isDouble());
        QVERIFY(response[u"content"][u"mimeType"].isString());
        QVERIFY(response[u"headersSize"].isDouble() && response[u"bodySize"].isDouble());
        for (const QJsonValue &header : request[u"headers"].toArray())
            QVERIFY(header[u"name"].isString() && header[u"value"].isString());
    }
}

void TestReports::harRecordsNoAnswerAsStatus0AndKeepsQueriesRedacted()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(render(Format::Har), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray entries = document[u"log"][u"entries"].toArray();
    QCOMPARE(entries.size(), 7);
    QCOMPARE(entries[2][u"response"][u"status"].toInt(), 0); // no answer, as browsers record it
    QCOMPARE(entries[0][u"response"][u"status"].toInt(), 403);
    QCOMPARE(entries[0][u"request"][u"queryString"][0][u"value"].toString(), u"[REDACTED]"_s);
    QCOMPARE(entries[6][u"request"][u"postData"][u"text"].toString(), u"{\"note\":\"it's\"}"_s);
}

void TestReports::htmlIsWellFormed()
{
    const QByteArray html = render(Format::Html);
    QXmlStreamReader xml(html);
    int sections = 0;
    int scripts = 0;
    int links = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == u"section")
                ++sections;
            if (xml.name() == u"script")
                ++scripts;
            if (xml.name() == u"link" || xml.name() == u"img")
                ++links;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(sections, 7);
    QCOMPARE(scripts, 0); // the record's <script> text stayed text
    QCOMPARE(links, 0); // self-contained
    QVERIFY(html.contains("&lt;script&gt;"));
    QVERIFY(html.contains("@media print"));
    QVERIFY(html.contains("设备"));
    // 4041008's hint names fields as `code`: shown as code, not with the marks.
    QVERIFY(html.contains("<code>{did}</code>"));
    QVERIFY(!html.contains("`{did}`"));
}

void TestReports::markdownNumbersEachRecordAndSaysTheSelection()
{
    const QString md = QString::fromUtf8(render(Format::Markdown));
    QVERIFY(md.startsWith(u"# "_s));
    // Numbered 1..N under "Records: N", each with its log id.
    QVERIFY(md.contains(u"- Records: 7\n"_s));
    for (int number = 1; number <= 7; ++number)
        QVERIFY2(md.contains(u"\n### "_s + QString::number(number) + u" · "_s), qPrintable(md));
    QVERIFY(!md.contains(u"\n### 8 · "_s));
    QVERIFY(!md.contains(u"\n### #"_s));
    static const QRegularExpression logId(u"\n- Log id: \\d+\n"_s);
    QCOMPARE(md.count(logId), 7);
    // The selection in words, also when nothing narrows it.
    QVERIFY2(md.contains(u"- Selection: every failure in the log; no filter\n"_s), qPrintable(md));
    QCOMPARE(md.count(u"bash\ncurl "_s), 7);
    QVERIFY(md.contains(u"| 4031003 | 1 | 无效的Access-Token |"_s));
}

void TestReports::markdownFencesAndCellsKeepTheirText()
{
    // The server message's ``` is inside a table-free list item, and the body fences are longer
    // than any backtick run inside them.
    QCOMPARE(MarkdownReportWriter::fenceFor(u"a ``` b"_s), u"````"_s);
    QCOMPARE(MarkdownReportWriter::cell(u"a|b\nc"_s), u"a\\|b c"_s);
}

void TestReports::selectionAndSuccessStatusesInWords()
{
    FailureStore store(m_dir.path() + u"/words.sqlite"_s, SampleCalls::keepEverything());
    QVERIFY(store.open().ok);
    // A platform error that came with HTTP 200 is a failure: the report must not call its
    // status "request succeeded".
    CallRecord inA200 = SampleCalls::platform(m_base, 4001007);
    inA200.httpStatus = 200;
    QVERIFY(store.record(inA200) > 0);
    const qint64 other = store.record(SampleCalls::platform(m_base.addSecs(5), 4041008));
    QVERIFY(other > 0);
    const LogQuery query = store.query();
    LogFilter filter;
    filter.setCodesFromText(u"4001007, 404");
    filter.setStatusesFromText(u"2xx");
    const Report report = ReportBuilder::build(query, filter, m_base.addDays(1));
    QCOMPARE(report.summary.total, 1);
    QCOMPARE(report.summary.byStatus.size(), 1);
    QCOMPARE(report.summary.byStatus.first().status, 200);
    QVERIFY2(!report.summary.byStatus.first().en.contains(u"succeeded"_s),
        qPrintable(report.summary.byStatus.first().en));
    QVERIFY(report.summary.byStatus.first().en.contains(u"the call failed"_s));
    QCOMPARE(report.filterDescription,
        u"every failure in the log; filtered by code 4001007, 404…; HTTP status 2xx"_s);

    LogFilter selected;
    selected.ids = { other };
    const QString description = ReportBuilder::describe(selected);
    QVERIFY2(description.startsWith(u"1 selected record"_s), qPrintable(description));
    QVERIFY(description.endsWith(u", from every failure in the log; no filter"_s));
}

void TestReports::markdownKeepsServerTextAsText()
{
    // The server's message in a viewer: its HTML is shown, not rendered (no image whose onerror
    // runs, no script), and its markup characters are shown as typed.
    const QString md = QString::fromUtf8(render(Format::Markdown));
    QVERIFY(!md.contains(imgTag));
    // What a Markdown viewer shows: GitHub's dialect (tables, raw HTML) read by Qt's md4c.
    QTextDocument document;
    document.setMarkdown(md, QTextDocument::MarkdownDialectGitHub);
    QVERIFY(!hasImage(document));
    const QString shown = document.toPlainText();
    QVERIFY2(shown.contains(u"line2 <script>alert('x')</script> | ``` & 设备 "_s + imgTag),
        qPrintable(shown));

    // In a table cell: a pipe does not split the cell, HTML and markup stay text.
    const QString hostile
        = u"a|b <b>bold</b> *em* [link](javascript:x) _u_ ~s~ `c` \\ &amp;"_s + imgTag;
    QTextDocument table;
    table.setMarkdown(
        u"| A | B |\n|---|---|\n| "_s + MarkdownReportWriter::cell(hostile) + u" | 2 |\n"_s,
        QTextDocument::MarkdownDialectGitHub);
    QVERIFY(!hasImage(table));
    QTextTable *cells = nullptr;
    for (QTextFrame *frame : table.rootFrame()->childFrames()) {
        if ((cells = qobject_cast<QTextTable *>(frame)))
            break;
    }
    QVERIFY(cells);
    QCOMPARE(cells->columns(), 2);
    QCOMPARE(cells->rows(), 2);
    const QTextTableCell first = cells->cellAt(1, 0);
    QTextCursor cursor = first.firstCursorPosition();
    cursor.setPosition(first.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QCOMPARE(cursor.selectedText(), hostile);
    for (QTextBlock block = first.firstCursorPosition().block();
         block.isValid() && block.position() <= first.lastCursorPosition().position();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY2(!format.isAnchor() && format.fontWeight() <= QFont::Normal
                    && !format.fontItalic() && !format.fontStrikeOut() && !format.fontUnderline(),
                qPrintable(it.fragment().text()));
        }
    }

    // A hint's `code` spans stay code; the rest of it is escaped like any cell.
    QCOMPARE(MarkdownReportWriter::hintCell(u"check `{did}` <i>now</i>"_s),
        u"check `{did}` &lt;i&gt;now&lt;/i&gt;"_s);
    QCOMPARE(MarkdownReportWriter::codeCell(u"/v2/a|b`c"_s), u"/v2/a\\|b'c"_s);
}

void TestReports::labelsFollowTheLanguage()
{
    // The labels come from one context that lupdate extracts and the writers look up; a call
    // through an alias would be extracted elsewhere and stay English in a Chinese report.
    const auto label
        = [](const char *text) { return QCoreApplication::translate("xlink::ReportText", text); };
    Translations::install(Language::Chinese);
    const QString md = QString::fromUtf8(render(Format::Markdown));
    const QString html = QString::fromUtf8(render(Format::Html));
    const QString generated = label("Generated");
    const QString byCode = label("By code");
    const QString responseBody = label("Response body");
    Translations::install(Language::English);
    QVERIFY(generated != u"Generated"_s);
    QVERIFY(byCode != u"By code"_s);
    for (const QString &report : { md, html }) {
        QVERIFY(report.contains(generated));
        QVERIFY(report.contains(byCode));
        QVERIFY(report.contains(responseBody));
        QVERIFY(!report.contains(u"Generated"_s));
        QVERIFY(!report.contains(u"By code"_s));
    }
    QVERIFY(QString::fromUtf8(render(Format::Markdown)).contains(u"Generated"_s));
}

void TestReports::pdfPageCount()
{
    PdfReportWriter writer;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(writer.write(m_report, buffer, &error), qPrintable(error));
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(writer.pageCount(), 2); // summary with charts, then the records
    QCOMPARE(pdfPages(bytes), 2);

    // Many records flow over several pages, each counted in the file.
    LogFilter many;
    many.failuresOnly = false;
    Report repeated = m_report;
    repeated.forEachRecord = [this, many](const std::function<bool(const StoredCall &)> &visit) {
        for (int i = 0; i < 15; ++i)
            m_query->forEach(many, true, visit);
        return true;
    };
    bytes.clear();
    QBuffer second(&bytes);
    second.open(QIODevice::WriteOnly);
    QVERIFY(writer.write(repeated, second, &error));
    QVERIFY(writer.pageCount() > 5);
    QCOMPARE(pdfPages(bytes), writer.pageCount());

    // The preview paints the same pages: same count, the first ones kept as images, with text.
    const int written = writer.pageCount();
    const QList<QImage> images = writer.renderPages(repeated, 1.0, 3);
    QCOMPARE(writer.pageCount(), written);
    QCOMPARE(images.size(), 3);
    for (const QImage &image : images) {
        QCOMPARE(image.size(), QSize(595, 842));
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(line[x]) < 128;
        }
        QVERIFY2(dark > 500, "a preview page has no text on it");
    }
    const QList<QImage> all = writer.renderPages(m_report, 1.0, 10);
    QCOMPARE(all.size(), 2);
    QCOMPARE(writer.pageCount(), 2);
}

void TestReports::largePdfHoldsTheSummaryAndTheFirstRecords()
{
    // More records than a PDF holds: it paints the summary and the first `limit` records, and
    // says so (ReportText::pdfPlan, which the CLI and the dialog show before painting).
    int painted = 0;
    Report repeated = m_report;
    repeated.forEachRecord
        = [this, &painted](const std::function<bool(const StoredCall &)> &visit) {
              bool stopped = false;
              for (int i = 0; i < 15 && !stopped; ++i) {
                  m_query->forEach(LogFilter(), true, [&](const StoredCall &stored) {
                      stopped = !visit(stored);
                      painted += stopped ? 0 : 1;
                      return !stopped;
                  });
              }
              return true;
          };
    repeated.summary.total = 15 * m_report.summary.total;
    ReportOptions options;
    options.pdfRecordLimit = 3;
    const PdfReportWriter limited(options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(limited.write(repeated, buffer, &error), qPrintable(error));
    QCOMPARE(painted, 3);
    QCOMPARE(limited.pageCount(), 2); // the summary, then one page of records

    QCOMPARE(ReportText::pdfPlan(2000, 2000), QString());
    const QString plan = ReportText::pdfPlan(40000, 2000);
    QVERIFY2(plan.contains(QLocale().toString(40000)) && plan.contains(QLocale().toString(2000)),
        qPrintable(plan));
    QCOMPARE(ReportOptions().pdfRecordLimit, 2000);
}

void TestReports::formatsWithoutSummarySkipItsPass()
{
    // CSV and HAR show no summary: their report skips the group-by pass (the total is kept,
    // for "Wrote N records") and writes the same bytes as a fully built one.
    for (const Format format : { Format::Csv, Format::Har }) {
        const Report report
            = ReportBuilder::buildFor(format, *m_query, LogFilter(), m_report.generatedAt);
        QCOMPARE(report.summary.total, m_report.summary.total);
        QVERIFY(report.summary.byCode.isEmpty() && report.summary.byEndpoint.isEmpty());
        QVERIFY(report.summary.timeline.isEmpty());
        QCOMPARE(ReportExporter::preview(report, format), render(format));
    }
    for (const Format format : { Format::Markdown, Format::Html, Format::Pdf, Format::Json }) {
        const Report report
            = ReportBuilder::buildFor(format, *m_query, LogFilter(), m_report.generatedAt);
        QCOMPARE(report.summary.byCode.size(), m_report.summary.byCode.size());
        QCOMPARE(report.summary.timeline.size(), m_report.summary.timeline.size());
    }
}

void TestReports::isoTimeAsQtWritesIt()
{
    // The reports' own formatting of a time gives QDateTime's ISO text with milliseconds.
    const QList<QDateTime> times
        = { QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC),
              QDateTime::fromMSecsSinceEpoch(-86400001, Qt::UTC),
              QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40, 5), Qt::UTC),
              QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
              QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::OffsetFromUTC, 8 * 3600),
              QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
              QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC) };
    for (const QDateTime &time : times)
        QCOMPARE(RecordJson::isoTime(time), time.toUTC().toString(Qt::ISODateWithMs));
    QCOMPARE(RecordJson::isoTime(QDateTime()), QString());
}

void TestReports::curlQuotingSurvivesBash()
{
    // A logged call's command uses the URL as stored, which is the parsed URL encoded again.
    int commands = 0;
    m_query->forEach(LogFilter(), true, [&commands](const StoredCall &stored) {
        ++commands;
        return CurlCommand::of(stored) == CurlCommand::of(stored.call);
    });
    QCOMPARE(commands, int(m_report.summary.total));

    const QString nasty = u"it's a \"test\" $HOME `id` \\ 设备\n!x"_s;
    QProcess bash;
    bash.start(u"bash"_s, { u"-c"_s, u"printf '%s' "_s + CurlCommand::quoted(nasty) });
    QVERIFY(bash.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(bash.readAllStandardOutput()), nasty);

    CallRecord call = SampleCalls::timeout(m_base);
    call.requestHeaders = { { "Access-Token", "[REDACTED]" },
        { "Content-Type", "application/json" }, { "Content-Length", "23" } };
    const QString curl = CurlCommand::of(call);
    QCOMPARE(curl,
        u"curl -X POST 'http://127.0.0.1:8080/v2/users' -H \"Access-Token: ${XLINK_ACCESS_TOKEN}\" "
        "-H 'Content-Type: application/json' --data-raw '{\"offset\":0,\"limit\":10}'"_s);
}

void TestReports::saveFailsCleanly()
{
    QString error;
    QVERIFY(!ReportExporter::save(
        m_report, Format::Csv, m_dir.path() + u"/missing/dir/report.csv"_s, {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ReportExporter::formatFromName(u"docx"));
    QCOMPARE(ReportExporter::formatFromName(u"HAR"), Format::Har);
}

void TestReports::fullDiskKeepsTheOldFileAndSaysWhy_data()
{
    QTest::addColumn<Format>("format");
    for (const Format format :
        { Format::Markdown, Format::Html, Format::Pdf, Format::Csv, Format::Json, Format::Har })
        QTest::newRow(qPrintable(ReportExporter::formatName(format))) << format;
}

void TestReports::fullDiskKeepsTheOldFileAndSaysWhy()
{
    QFETCH(Format, format);
    const QString path = m_dir.path() + u"/full."_s + ReportExporter::fileExtension(format);
    QVERIFY(ReportExporter::saveBytes("the earlier report", path));
    const QByteArray whole = render(format);
    QVERIFY(whole.size() > 1000);

    // The disk fills up part-way through the report: not "Unknown error", and the earlier
    // report stays as it was.
    QString error;
    bool saved = true;
    bool savedBytes = true;
    QString bytesError;
    {
        const test::FileSizeLimit full(whole.size() / 2);
        saved = ReportExporter::save(m_report, format, path, {}, &error);
        savedBytes = ReportExporter::saveBytes(whole, path, &bytesError);
    }
    QVERIFY(!saved);
    QCOMPARE(error, OwnerOnlyFiles::systemReason(EFBIG, {}));
    QVERIFY(!savedBytes);
    QCOMPARE(bytesError, OwnerOnlyFiles::systemReason(EFBIG, {}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), "the earlier report"_ba);
    // No temporary file left behind either.
    QCOMPARE(QDir(m_dir.path())
                 .entryList({ QFileInfo(path).fileName() + u'*' }, QDir::Files | QDir::Hidden),
        QStringList { QFileInfo(path).fileName() });
}

QTEST_MAIN(TestReports)
#include "TestReports.moc"
