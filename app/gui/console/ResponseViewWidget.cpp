#include "ResponseViewWidget.h"

#include "ErrorBannerText.h"
#include "JsonHighlighter.h"
#include "JsonTreeModel.h"
#include "ResponseBodyFile.h"
#include "catalogue/ErrorCatalogue.h"

#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// Highlighting a document costs time proportional to its size on the GUI thread: beyond this the
// text is shown plain.
constexpr qsizetype maxHighlightedChars = 512 * 1024;

QPlainTextEdit *makeTextView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

ResponseViewWidget::ResponseViewWidget(QWidget *parent)
    : QWidget(parent)
    , m_displayLimit(2LL * 1024 * 1024)
    , m_summary(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_limitBar(new QWidget(this))
    , m_limitBanner(new QLabel(m_limitBar))
    , m_showAll(new QPushButton(m_limitBar))
    , m_save(new QPushButton(m_limitBar))
    , m_tabs(new QTabWidget(this))
    , m_pretty(makeTextView(this))
    , m_raw(makeTextView(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_treeModel(new JsonTreeModel(this))
    , m_tree(new QTreeView(this))
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
    m_limitBanner->setWordWrap(true);
    limitLayout->addWidget(m_limitBanner, 1);
    limitLayout->addWidget(m_showAll);
    limitLayout->addWidget(m_save);
    m_limitBar->setStyleSheet(u"background: #fff8e1;"_s);
    m_limitBar->hide();
    connect(m_showAll, &QPushButton::clicked, this, [this] { startFormatting(0); });
    connect(m_save, &QPushButton::clicked, this, &ResponseViewWidget::saveBody);

    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_tabs->addTab(m_pretty, QString());
    m_tabs->addTab(m_raw, QString());
    m_tabs->addTab(m_tree, QString());
    m_tabs->addTab(m_headers, QString());
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_limitBar);
    layout->addWidget(m_tabs, 1);

    connect(&m_watcher, &QFutureWatcher<ResponseBodyFormatter::Result>::finished, this,
        &ResponseViewWidget::onFormatted);
    m_highlighter = new JsonHighlighter(nullptr);
    m_highlighter->setParent(this);
    retranslateUi();
}

ResponseViewWidget::~ResponseViewWidget()
{
    m_watcher.waitForFinished();
}

void ResponseViewWidget::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    if (m_hasRecord)
        showRecord(m_record);
}

void ResponseViewWidget::setDisplayLimit(qint64 bytes)
{
    m_displayLimit = bytes;
}

void ResponseViewWidget::clear()
{
    m_hasRecord = false;
    m_record = {};
    m_summary->clear();
    m_banner->hide();
    m_limitBar->hide();
    m_pretty->clear();
    m_raw->clear();
    m_headers->setRowCount(0);
    m_treeModel->clear();
}

void ResponseViewWidget::showPending(const QString &text)
{
    clear();
    m_summary->setText(text);
}

void ResponseViewWidget::showRecord(const CallRecord &record)
{
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
    m_limitBar->hide();
    m_pretty->setPlainText(tr("Formatting…"));
    m_raw->clear();
    startFormatting(m_displayLimit);
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
    if (m_record.httpStatus > 0)
        parts << tr("HTTP %1").arg(m_record.httpStatus);
    else
        parts << tr("No answer");
    parts << tr("%1 ms").arg(m_record.durationMs);
    parts << locale.formattedDataSize(m_record.responseSize);
    if (!m_record.errorText.isEmpty() && m_record.httpStatus == 0)
        parts << m_record.errorText;
    m_summary->setText(parts.join(u"  ·  "_s));
}

void ResponseViewWidget::startFormatting(qint64 limit)
{
    m_watchedGeneration = ++m_generation;
    m_watcher.setFuture(
        QtConcurrent::run(&ResponseBodyFormatter::format, m_record.responseBody, limit));
}

void ResponseViewWidget::onFormatted()
{
    if (m_watchedGeneration != m_generation || !m_watcher.future().isResultReadyAt(0))
        return;
    const ResponseBodyFormatter::Result result = m_watcher.result();
    m_highlighter->setDocument(nullptr);
    m_pretty->setPlainText(result.pretty);
    if (result.isJson && result.pretty.size() <= maxHighlightedChars)
        m_highlighter->setDocument(m_pretty->document());
    m_raw->setPlainText(result.raw);
    if (result.document.isNull())
        m_treeModel->clear();
    else
        m_treeModel->setDocument(result.document);
    if (result.truncated) {
        const QLocale locale;
        m_limitBanner->setText(tr("The body is %1; only the first %2 are shown.")
                                   .arg(locale.formattedDataSize(result.fullBytes),
                                       locale.formattedDataSize(m_displayLimit)));
    }
    m_limitBar->setVisible(result.truncated);
    Q_EMIT bodyShown();
}

void ResponseViewWidget::saveBody()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Response Body"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ResponseBodyFile::save(path, m_record.responseBody, &error))
        QMessageBox::warning(this, tr("Save Response Body"),
            tr("The body could not be saved to %1: %2").arg(path, error));
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
    m_save->setText(tr("Save to File…"));
    m_tabs->setTabText(0, tr("Pretty"));
    m_tabs->setTabText(1, tr("Raw"));
    m_tabs->setTabText(2, tr("Tree"));
    m_tabs->setTabText(3, tr("Headers"));
    m_headers->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    if (m_hasRecord) {
        updateSummary();
        updateBanner();
    }
}

} // namespace xlink
