#include "RunView.h"

#include "CallPipeline.h"
#include "CollectionRunner.h"
#include "KeyboardReadableText.h"
#include "RunResultsModel.h"
#include "catalogue/ErrorCatalogue.h"
#include "console/ErrorBannerText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xlink {

using Outcome = RequestRunResult::Outcome;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

RunView::RunView(CallPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_runner(std::make_unique<CollectionRunner>(pipeline))
{
    setObjectName(u"runView"_s);
    m_model = new RunResultsModel(this);

    m_title = new QLabel(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"runCounts"_s);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Its width follows the view, not its text: the console keeps its smallest size, and a
    // count that grows does not lay the page out again.
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->sizeHint().height() * 2 / 3);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(u"stopRun"_s);
    m_rerun = new QPushButton(this);
    m_rerun->setObjectName(u"rerunFailed"_s);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"openRunResult"_s);
    m_hide = new QToolButton(this);
    m_hide->setObjectName(u"hideRunView"_s);
    m_hide->setAutoRaise(true);
    m_hide->setText(u"✕"_s);
    connect(m_stop, &QPushButton::clicked, this, &RunView::stop);
    connect(m_rerun, &QPushButton::clicked, this, &RunView::rerunFailed);
    connect(m_open, &QPushButton::clicked, this, &RunView::openSelected);
    connect(m_hide, &QToolButton::clicked, this, &RunView::closeRequested);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_stop);
    top->addWidget(m_rerun);
    top->addWidget(m_open);
    top->addWidget(m_hide);

    m_table = new QTableView(this);
    m_table->setObjectName(u"runResults"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: a row added during a run lays out nothing again.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    // The request and its platform error share what the fixed columns leave: at 1000 pixels
    // wide a fixed request column left the error column too narrow for its own title.
    columns->setSectionResizeMode(RunResultsModel::RequestColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(RunResultsModel::CodeColumn, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    columns->resizeSection(RunResultsModel::OutcomeColumn, digit * 13);
    columns->resizeSection(RunResultsModel::StatusColumn, digit * 6);
    columns->resizeSection(RunResultsModel::TimeColumn, digit * 9);
    connect(m_table, &QTableView::activated, this, &RunView::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RunView::showDetails);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"runDetails"_s);
    m_details->setOpenLinks(false);
    makeKeyboardReadable(m_details);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == ErrorBannerText::codeScheme)
            Q_EMIT codeActivated(url.path().toInt());
    });

    // The rows above their details: each gets the view's whole width.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 4);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    // The counts beside the bar, on a row of their own: beside the buttons, at 1000 pixels
    // wide, the skipped count was cut off.
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_counts, 3);
    progress->addWidget(m_progress, 2);
    layout->addLayout(progress);
    layout->addWidget(splitter, 1);

    connect(m_runner.get(), &CollectionRunner::requestStarted, m_model, &RunResultsModel::started);
    connect(m_runner.get(), &CollectionRunner::requestFinished, this,
        [this](const RequestRunResult &result) {
            m_model->finished(result);
            // The details follow the selected row as its result comes.
            if (m_table->currentIndex().row() == result.index)
                showDetails();
        });
    connect(m_runner.get(), &CollectionRunner::finished, this, [this](const RunSummary &summary) {
        m_model->end(summary);
        // No row chosen: the first request that did not pass is shown, so why it failed or was
        // skipped is on screen without a click (the keyboard focus stays where it is).
        if (!m_table->currentIndex().isValid()) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (!m_model->result(row).passed()) {
                    m_table->setCurrentIndex(m_model->index(row, 0));
                    break;
                }
            }
        }
        updateActions();
        Q_EMIT finished(summary);
    });
    connect(m_model, &RunResultsModel::countsChanged, this, &RunView::showCounts);

    retranslateUi();
    updateActions();
}

RunView::~RunView() = default;

void RunView::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_catalogue = catalogue;
    m_model->setCatalogue(std::move(catalogue));
    showDetails();
}

bool RunView::isRunning() const
{
    return m_runner->isRunning();
}

bool RunView::run(const RunTarget &target, const QList<HttpCollection::RequestRef> &selection,
    const QString &environmentName, const QHash<QString, QString> &variables,
    const QStringList &secretValues)
{
    if (m_runner->isRunning())
        return false;
    m_target = target;
    m_environmentName = environmentName;
    m_variables = variables;
    m_secretValues = secretValues;
    return startRun(selection.isEmpty() ? target.collection().requests() : selection, false);
}

bool RunView::rerunFailed()
{
    if (m_runner->isRunning())
        return false;
    QList<HttpCollection::RequestRef> failed;
    for (const RequestRunResult &result : m_model->failedResults())
        failed.append(result.ref);
    // The named responses of the runs before are kept: a failed request that chains from one
    // that passed gets its value without sending that one again.
    return startRun(failed, true);
}

bool RunView::startRun(const QList<HttpCollection::RequestRef> &selection, bool keepResponses)
{
    if (selection.isEmpty())
        return false;
    m_runner->clear();
    m_target.addTo(*m_runner, m_environmentName, selection);
    m_runner->setEnvironmentValues(m_variables);
    m_runner->setSecretValues(m_secretValues);
    m_model->begin(m_runner->plannedCount());
    m_details->clear();
    const bool started = m_runner->start(
        keepResponses ? CollectionRunner::Responses::Keep : CollectionRunner::Responses::Fresh);
    updateActions();
    if (started)
        Q_EMIT this->started();
    return started;
}

void RunView::stop()
{
    m_runner->cancel();
}

void RunView::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const RequestRunResult &result = m_model->result(current.row());
    const HttpCollection &collection = m_target.collection();
    if (result.ref.file < 0 || result.ref.file >= collection.files().size())
        return;
    Q_EMIT openRequested(
        result, collection.region(result.ref), collection.file(result.ref).path, result.ref.region);
}

void RunView::showCounts()
{
    const RunResultsModel::Counts counts = m_model->counts();
    m_progress->setMaximum(std::max(counts.planned, 1));
    m_progress->setValue(counts.finished);
    QString text = tr("%1 of %2").arg(counts.finished).arg(counts.planned) + u"  ·  "_s
        + tr("%1 passed").arg(counts.passed) + u"  ·  "_s + tr("%1 failed").arg(counts.failed)
        + u"  ·  "_s + tr("%1 skipped").arg(counts.skipped);
    if (counts.cancelled > 0 || (!m_model->isRunning() && m_runner->summary().cancelled))
        text += u"  ·  "_s + tr("stopped");
    m_counts->setText(text);
}

void RunView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        updateActions();
        return;
    }
    const RequestRunResult &result = m_model->result(current.row());
    QString html = u"<p><b>"_s + escaped(result.displayName()) + u"</b> &middot; "_s
        + escaped(RunResultsModel::outcomeText(result.outcome)) + u"<br>"_s
        + escaped(result.method + u' ' + result.url) + u"<br><small>"_s
        + escaped(result.file + u':' + QString::number(result.line)) + u"</small></p>"_s;

    if (result.outcome == Outcome::Unresolved) {
        html += u"<p>"_s + escaped(tr("Skipped: not sent, because a placeholder has no value."))
            + u"</p><ul>"_s;
        for (const UnresolvedVariable &variable : result.unresolved)
            html += u"<li>"_s + escaped(variable.describe()) + u"</li>"_s;
        html += u"</ul>"_s;
    } else if (result.outcome == Outcome::ErrorAnswer || result.outcome == Outcome::NoAnswer) {
        const QStringList problems = result.problems();
        if (!problems.isEmpty())
            html += u"<p>"_s + escaped(problems.constFirst()) + u"</p>"_s;
    }
    if (result.sent && result.isFinished() && result.outcome != Outcome::Cancelled) {
        const QString banner = ErrorBannerText::html(
            result.record, m_catalogue ? *m_catalogue : ErrorCatalogue::builtin());
        if (!banner.isEmpty())
            html += u"<p>"_s + banner + u"</p>"_s;
        else
            html += u"<p>"_s
                + escaped(tr("HTTP %1 in %2 ms").arg(result.httpStatus).arg(result.durationMs))
                + u"</p>"_s;
    }

    if (!result.assertions.isEmpty()) {
        // The failed ones first: they are what the developer came to see.
        QList<AssertionOutcome> assertions = result.assertions;
        std::stable_sort(assertions.begin(), assertions.end(),
            [](const AssertionOutcome &a, const AssertionOutcome &b) {
                return !a.result.passed() && b.result.passed();
            });
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>"_s
            + escaped(tr("Assertion")) + u"</th><th>"_s + escaped(tr("Expected")) + u"</th><th>"_s
            + escaped(tr("Actual")) + u"</th><th>"_s + escaped(tr("Result")) + u"</th></tr>"_s;
        for (const AssertionOutcome &assertion : std::as_const(assertions)) {
            const AssertionEvaluator::Result &outcome = assertion.result;
            const bool passed = outcome.passed();
            QString verdict = passed ? tr("passed")
                : outcome.outcome == AssertionEvaluator::Result::Outcome::Unsupported
                ? tr("not supported")
                : tr("FAILED");
            html += passed ? u"<tr>"_s : u"<tr style=\"background-color:#fbe3e4\">"_s;
            html += u"<td><code>"_s + escaped(assertion.text) + u"</code></td><td>"_s
                + escaped(outcome.expected) + u"</td><td>"_s + escaped(outcome.actual)
                + u"</td><td>"_s
                + (passed ? escaped(verdict) : u"<b>"_s + escaped(verdict) + u"</b>"_s);
            if (!passed && outcome.expected.isEmpty() && !outcome.message.isEmpty())
                html += u"<br>"_s + escaped(outcome.message);
            html += u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }
    for (const QString &note : result.notes)
        html += u"<p><i>"_s + escaped(note) + u"</i></p>"_s;
    m_details->setHtml(html);
    updateActions();
}

void RunView::updateActions()
{
    const bool running = m_runner->isRunning();
    m_stop->setEnabled(running);
    m_rerun->setEnabled(!running && !m_model->failedResults().isEmpty());
    m_open->setEnabled(m_table->currentIndex().isValid());
}

void RunView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RunView::retranslateUi()
{
    m_title->setText(u"<b>"_s + tr("Run") + u"</b>"_s);
    m_stop->setText(tr("&Stop"));
    m_stop->setToolTip(tr("Stop the run: the request on its way is cancelled (Esc)"));
    m_rerun->setText(tr("&Re-run Failed"));
    m_rerun->setToolTip(tr("Run the requests that failed or got an error answer again (the "
                           "values they chain from are kept from this run)"));
    m_open->setText(tr("&Open in Console"));
    m_open->setToolTip(tr("Open the selected request and the answer it got in a console tab "
                          "(Enter on a row)"));
    m_hide->setToolTip(tr("Close the run view"));
    m_hide->setAccessibleName(tr("Close the run view"));
    m_table->setAccessibleName(tr("Results of the run"));
    m_details->setAccessibleName(tr("Details of the selected request"));
    showCounts();
    showDetails();
}

} // namespace xlink
