#include "ResponseViewWidget.h"

#include "BodySearchModel.h"
#include "ErrorBannerText.h"
#include "JsonTreeModel.h"
#include "JsonTreeView.h"
#include "KeyboardReadableText.h"
#include "LargeTextView.h"
#include "ResponseBodyFile.h"
#include "catalogue/ErrorCatalogue.h"

#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

enum Tab { PrettyTab, RawTab, TreeTab, HeadersTab, RequestTab };

// Bodies longer than this are cut in the Request tab (it is for reading what was sent).
constexpr qsizetype maxShownRequestBody = 64 * 1024;

QString requestText(const CallRecord &record)
{
    QString text = QString::fromLatin1(record.method) + u' ' + record.url.toDisplayString();
    for (const auto &[name, value] : record.requestHeaders)
        text += u'\n' + QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value);
    if (!record.requestBody.isEmpty()) {
        text += u"\n\n"_s + QString::fromUtf8(record.requestBody.left(maxShownRequestBody));
        if (record.requestBody.size() > maxShownRequestBody)
            text += u"\n…"_s;
    }
    return text;
}

} // namespace

ResponseViewWidget::ResponseViewWidget(QWidget *parent)
    : QWidget(parent)
    , m_displayLimit(2LL * 1024 * 1024)
    , m_summary(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_limitBar(new QWidget(this))
    , m_limitBanner(new QLabel(m_limitBar))
    , m_limitStatus(new QLabel(m_limitBar))
    , m_showAll(new QPushButton(m_limitBar))
    , m_searchAll(new QPushButton(m_limitBar))
    , m_save(new QPushButton(m_limitBar))
    , m_searchPanel(new QWidget(this))
    , m_searchField(new QLineEdit(m_searchPanel))
    , m_searchStatus(new QLabel(m_searchPanel))
    , m_searchModel(new BodySearchModel(this))
    , m_searchResults(new QTableView(m_searchPanel))
    , m_tabs(new QTabWidget(this))
    , m_pretty(new LargeTextView(this))
    , m_raw(new LargeTextView(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_request(new QPlainTextEdit(this))
    , m_treeModel(new JsonTreeModel(this))
    , m_tree(new JsonTreeView(this))
{
    m_summary->setObjectName(u"responseSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(u"errorBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_banner->setStyleSheet(u"QLabel#errorBanner { background: #fdecea; color: #611a15; "
                            "border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }"_s);
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == ErrorBannerText::codeScheme) {
            bool ok = false;
            const int code = url.path().toInt(&ok);
            if (ok)
                Q_EMIT codeActivated(code);
        }
    });

    auto *limitLayout = new QHBoxLayout(m_limitBar);
    limitLayout->setContentsMargins(0, 0, 0, 0);
    auto *limitTexts = new QVBoxLayout;
    m_limitBanner->setWordWrap(true);
    m_limitStatus->setWordWrap(true);
    m_limitStatus->hide();
    limitTexts->addWidget(m_limitBanner);
    limitTexts->addWidget(m_limitStatus);
    limitLayout->addLayout(limitTexts, 1);
    limitLayout->addWidget(m_showAll);
    limitLayout->addWidget(m_searchAll);
    limitLayout->addWidget(m_save);
    m_limitBar->setObjectName(u"limitBar"_s);
    m_limitBar->setStyleSheet(u"QWidget#limitBar { background: #fff8e1; }"_s);
    m_limitBar->hide();
    connect(m_showAll, &QPushButton::clicked, this, &ResponseViewWidget::showAll);
    connect(m_searchAll, &QPushButton::clicked, this, [this] {
        m_searchPanel->show();
        m_searchField->setFocus();
        m_searchField->selectAll();
    });
    connect(m_save, &QPushButton::clicked, this, &ResponseViewWidget::chooseSavePath);

    auto *searchLayout = new QVBoxLayout(m_searchPanel);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_searchField->setClearButtonEnabled(true);
    searchRow->addWidget(m_searchField, 1);
    searchRow->addWidget(m_searchStatus);
    searchLayout->addLayout(searchRow);
    searchLayout->addWidget(m_searchResults);
    m_searchResults->setModel(m_searchModel);
    m_searchResults->setTabKeyNavigation(false); // Tab leaves every table
    m_searchResults->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_searchResults->setSelectionMode(QAbstractItemView::SingleSelection);
    m_searchResults->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_searchResults->verticalHeader()->hide();
    m_searchResults->horizontalHeader()->setStretchLastSection(true);
    m_searchResults->setWordWrap(false);
    m_searchResults->setMaximumHeight(160);
    m_searchPanel->hide();
    connect(m_searchField, &QLineEdit::returnPressed, this,
        [this] { searchBody(m_searchField->text()); });
    connect(m_searchResults->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                showMatch(current.row());
        });

    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setTabKeyNavigation(false);

    m_tabs->addTab(m_pretty, QString());
    m_tabs->addTab(m_raw, QString());
    m_tabs->addTab(m_tree, QString());
    m_tabs->addTab(m_headers, QString());
    m_tabs->addTab(m_request, QString());
    m_request->setObjectName(u"requestSent"_s);
    m_request->setReadOnly(true);
    makeKeyboardReadable(m_request);
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tree->setModel(m_treeModel);
    m_tree->setTabKeyNavigation(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_limitBar);
    layout->addWidget(m_searchPanel);
    layout->addWidget(m_tabs, 1);

    connect(&m_watcher, &QFutureWatcher<ResponseBodyFormatter::Result>::finished, this,
        &ResponseViewWidget::onFormatted);
    connect(&m_searchWatcher, &QFutureWatcher<BodySearch::Result>::finished, this,
        &ResponseViewWidget::onSearched);
    connect(&m_saveWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_saveWatcher.result();
        m_save->setEnabled(true);
        m_limitStatus->setText(error.isEmpty()
                ? tr("Saved the body to %1.").arg(m_savePath)
                : tr("The body could not be saved to %1: %2").arg(m_savePath, error));
        m_limitStatus->show();
        Q_EMIT bodySaved(m_savePath, error);
    });
    m_chooseSavePath = [](QWidget *parent) {
        return QFileDialog::getSaveFileName(parent, tr("Save Response Body"));
    };
    retranslateUi();
}

ResponseViewWidget::~ResponseViewWidget()
{
    m_searchWatcher.cancel();
    m_watcher.waitForFinished();
    m_searchWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
}

void ResponseViewWidget::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    if (m_hasRecord)
        updateBanner();
}

void ResponseViewWidget::setDisplayLimit(qint64 bytes)
{
    m_displayLimit = bytes;
}

void ResponseViewWidget::setSavePathChooser(SavePathChooser chooser)
{
    m_chooseSavePath = std::move(chooser);
}

void ResponseViewWidget::clear()
{
    ++m_generation;
    ++m_searchGeneration;
    m_searchWatcher.cancel();
    m_hasRecord = false;
    m_record = {};
    m_summary->clear();
    m_banner->hide();
    m_limitBar->hide();
    m_limitStatus->hide();
    m_searchPanel->hide();
    m_searchModel->clear();
    m_searchStatus->clear();
    m_pretty->clear();
    m_pretty->setPlaceholder({});
    m_raw->clear();
    m_headers->setRowCount(0);
    m_request->clear();
    m_treeModel->clear();
}

void ResponseViewWidget::showPending(const QString &text)
{
    clear();
    m_summary->setText(text);
}

void ResponseViewWidget::showRecord(const CallRecord &record)
{
    clear();
    m_record = record;
    m_hasRecord = true;
    updateSummary();
    updateBanner();

    m_headers->setRowCount(int(record.responseHeaders.size()));
    for (int row = 0; row < record.responseHeaders.size(); ++row) {
        const auto &[name, value] = record.responseHeaders.at(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
    m_request->setPlainText(requestText(record));
    m_pretty->setPlaceholder(tr("Formatting…"));
    startFormatting(false);
}

void ResponseViewWidget::updateBanner()
{
    const ErrorCatalogue &catalogue = m_catalogue ? *m_catalogue : ErrorCatalogue::builtin();
    const QString banner = ErrorBannerText::html(m_record, catalogue);
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
}

void ResponseViewWidget::updateSummary()
{
    const QLocale locale;
    QStringList parts;
    if (m_record.kind == CallRecord::Kind::Cancelled)
        parts << tr("Cancelled");
    else if (m_record.httpStatus > 0)
        parts << tr("HTTP %1").arg(m_record.httpStatus);
    else
        parts << tr("No answer");
    parts << tr("%1 ms").arg(m_record.durationMs);
    parts << locale.formattedDataSize(m_record.responseSize);
    // What went wrong is the banner's to say, once (not here as well).
    m_summary->setText(parts.join(u"  ·  "_s));
}

void ResponseViewWidget::showAll()
{
    if (m_hasRecord)
        startFormatting(true);
}

void ResponseViewWidget::startFormatting(bool all)
{
    m_watchedGeneration = ++m_generation;
    m_showAll->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(
        &ResponseBodyFormatter::format, m_record.responseBody, m_displayLimit, all));
}

void ResponseViewWidget::onFormatted()
{
    if (m_watchedGeneration != m_generation || !m_watcher.future().isResultReadyAt(0))
        return;
    ResponseBodyFormatter::Result result = m_watcher.result();
    m_pretty->setPlaceholder({});
    m_pretty->setJsonHighlighting(result.isJson);
    m_pretty->setLines(std::move(result.pretty));
    m_raw->setLines(std::move(result.raw));
    m_treeAvailable = !result.document.isNull() || result.fullBytes <= m_displayLimit;
    if (result.document.isNull())
        m_treeModel->clear();
    else
        m_treeModel->setDocument(result.document);
    m_tabs->setTabEnabled(TreeTab, m_treeAvailable);
    updateTreeTip();
    m_truncated = result.truncated;
    // Beyond the limit the banner stays after "Show All" for searching and saving.
    m_limitBar->setVisible(result.fullBytes > m_displayLimit);
    m_showAll->setEnabled(result.truncated);
    updateLimitBanner();
    Q_EMIT bodyShown();
}

void ResponseViewWidget::updateLimitBanner()
{
    const QLocale locale;
    const QString size = locale.formattedDataSize(m_record.responseBody.size());
    m_limitBanner->setText(m_truncated
            ? tr("The body is %1; only the first %2 are formatted. The Raw tab shows all of it.")
                  .arg(size, locale.formattedDataSize(m_displayLimit))
            : tr("The body is %1, beyond the display limit of %2: the tree is not built.")
                  .arg(size, locale.formattedDataSize(m_displayLimit)));
}

void ResponseViewWidget::updateTreeTip()
{
    m_tabs->setTabToolTip(TreeTab,
        m_treeAvailable ? QString()
                        : tr("The tree is built for bodies up to the display limit; search the "
                             "whole body instead."));
}

void ResponseViewWidget::searchBody(const QString &term)
{
    if (!m_hasRecord)
        return;
    m_searchPanel->show();
    if (m_searchField->text() != term)
        m_searchField->setText(term);
    m_searchWatcher.cancel();
    m_searchModel->clear();
    if (term.isEmpty()) {
        m_searchStatus->clear();
        return;
    }
    m_watchedSearch = ++m_searchGeneration;
    m_searchStatus->setText(tr("Searching…"));
    const QByteArray body = m_record.responseBody;
    m_searchWatcher.setFuture(
        QtConcurrent::run([body, term](QPromise<BodySearch::Result> &promise) {
            promise.addResult(BodySearch::find(body, term, BodySearch::defaultMaxMatches,
                [&promise] { return promise.isCanceled(); }));
        }));
}

void ResponseViewWidget::onSearched()
{
    if (m_watchedSearch != m_searchGeneration || m_searchWatcher.isCanceled()
        || !m_searchWatcher.future().isResultReadyAt(0))
        return;
    m_searchModel->setResult(m_searchWatcher.result());
    m_searchResults->resizeColumnToContents(BodySearchModel::LineColumn);
    m_searchResults->resizeColumnToContents(BodySearchModel::OffsetColumn);
    updateSearchStatus();
    if (m_searchModel->rowCount() > 0)
        m_searchResults->selectRow(0);
    Q_EMIT searchFinished();
}

void ResponseViewWidget::updateSearchStatus()
{
    const BodySearch::Result &result = m_searchModel->result();
    if (result.term.isEmpty()) {
        m_searchStatus->clear();
        return;
    }
    const QLocale locale;
    if (result.total > result.matches.size())
        m_searchStatus->setText(tr("%1 matches; the first %2 are listed.")
                                    .arg(locale.toString(qlonglong(result.total)),
                                        locale.toString(qlonglong(result.matches.size()))));
    else
        m_searchStatus->setText(tr("%n match(es)", nullptr, int(result.total)));
}

void ResponseViewWidget::showMatch(int row)
{
    const BodySearch::Match &found = m_searchModel->match(row);
    m_tabs->setCurrentIndex(RawTab);
    m_raw->showRange(found.offset, m_searchModel->result().termBytes);
}

void ResponseViewWidget::chooseSavePath()
{
    const QString path = m_chooseSavePath ? m_chooseSavePath(this) : QString();
    if (!path.isEmpty())
        saveBodyTo(path);
}

void ResponseViewWidget::saveBodyTo(const QString &path)
{
    if (m_saveWatcher.isRunning())
        return;
    m_savePath = path;
    m_save->setEnabled(false);
    m_limitStatus->setText(tr("Saving the body to %1…").arg(path));
    m_limitStatus->show();
    m_saveWatcher.setFuture(QtConcurrent::run([path, body = m_record.responseBody] {
        QString error;
        ResponseBodyFile::save(path, body, &error);
        return error;
    }));
}

void ResponseViewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResponseViewWidget::retranslateUi()
{
    m_showAll->setText(tr("Show All"));
    m_searchAll->setText(tr("Search Whole Body"));
    m_save->setText(tr("Save to File…"));
    m_searchField->setPlaceholderText(tr("Text to find in the whole body (Enter)"));
    m_tabs->setTabText(PrettyTab, tr("Pretty"));
    m_tabs->setTabText(RawTab, tr("Raw"));
    m_tabs->setTabText(TreeTab, tr("Tree"));
    m_tabs->setTabText(HeadersTab, tr("Headers"));
    m_tabs->setTabText(RequestTab, tr("Request"));
    m_tabs->setTabToolTip(RequestTab, tr("The request as it was sent (secrets redacted)"));
    updateTreeTip();
    m_headers->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    if (m_hasRecord) {
        updateSummary();
        updateBanner();
        updateLimitBanner();
        updateSearchStatus();
    }
}

} // namespace xlink
