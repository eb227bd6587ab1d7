#include "FailureLogWidget.h"

#include "FailureStore.h"
#include "KeyboardReadableText.h"
#include "LocalScopeReader.h"
#include "SearchShortcut.h"
#include "TeamReader.h"
#include "call/EnvironmentNames.h"
#include "catalogue/ErrorCatalogue.h"
#include "log/CodeCountModel.h"
#include "log/ExportDialog.h"
#include "log/FailureChartWidget.h"
#include "log/FailureLogModel.h"
#include "log/LogDetailHtml.h"
#include "log/LogFilterBar.h"
#include "util/Translations.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

PlaceholderTableView *newTable(QWidget *parent)
{
    auto *table = new PlaceholderTableView(parent);
    // Tab moves on to the next control, as in every table of the console; arrows move in it.
    table->setTabKeyNavigation(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(false);
    table->verticalHeader()->hide();
    // Fixed row heights: the view never asks a million rows for their size.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

FailureLogWidget::FailureLogWidget(FailureStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new FailureLogModel(store, this))
    , m_codeCounts(new CodeCountModel(store, this))
    , m_chart(new FailureChartWidget(store, this))
    , m_refreshDelay(new QTimer(this))
{
    setObjectName(u"failureLog"_s);
    m_filters = new LogFilterBar(this);
    // Ctrl+K, Ctrl+F: the search, as on the other pages.
    new SearchShortcut(this, m_filters->textField());
    m_scopeBox = new QComboBox(this);
    m_scopeBox->setObjectName(u"logScope"_s);
    m_teamProblem = new QLabel(this);
    m_teamProblem->setObjectName(u"logTeamProblem"_s);
    m_teamProblem->setWordWrap(true);
    m_teamProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_teamProblem->setVisible(false);
    m_localReader = std::make_unique<LocalScopeReader>(store);
    m_groupByCode = new QToolButton(this);
    m_groupByCode->setObjectName(u"logGroupByCode"_s);
    m_groupByCode->setCheckable(true);
    m_groupByCode->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"logExport"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"logSummary"_s);
    // A long one ("The failure log is not available.") wraps instead of widening the page.
    m_summary->setWordWrap(true);

    m_table = newTable(this);
    m_table->setObjectName(u"logTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    const QFontMetrics metrics = fontMetrics();
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(
        FailureLogModel::Time, metrics.horizontalAdvance(u"0000-00-00 00:00:00"_s) + 16);
    header->resizeSection(FailureLogModel::Method, metrics.horizontalAdvance(u"DELETE"_s) + 16);
    header->resizeSection(
        FailureLogModel::Endpoint, metrics.horizontalAdvance(u"/v2/product/{id}/device/{id}"_s));
    // Wide enough for the longest texts these columns show, in the interface's language.
    header->resizeSection(FailureLogModel::Environment,
        qMax(metrics.horizontalAdvance(EnvironmentNames::builtInName(EnvironmentNames::sandboxId)),
            metrics.horizontalAdvance(
                EnvironmentNames::builtInName(EnvironmentNames::productionId)))
            + 16);
    header->resizeSection(FailureLogModel::Status,
        metrics.horizontalAdvance(FailureLogModel::tr("%1, incomplete").arg(200)) + 16);
    header->resizeSection(FailureLogModel::Code, metrics.horizontalAdvance(u"0000000"_s) + 16);
    header->resizeSection(FailureLogModel::Message, metrics.horizontalAdvance(u'M') * 28);
    int kindWidth = 0;
    for (const CallRecord::Kind kind : { CallRecord::Kind::Http, CallRecord::Kind::Platform,
             CallRecord::Kind::Network, CallRecord::Kind::HostNotFound, CallRecord::Kind::Timeout,
             CallRecord::Kind::Malformed, CallRecord::Kind::OffSchema })
        kindWidth = qMax(kindWidth, metrics.horizontalAdvance(FailureLogModel::kindText(kind)));
    header->resizeSection(FailureLogModel::Kind, kindWidth + 16);
    header->setStretchLastSection(true);

    m_codeTable = newTable(this);
    m_codeTable->setObjectName(u"logCodeTable"_s);
    m_codeTable->setModel(m_codeCounts);
    m_codeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_codeTable->horizontalHeader()->setSectionResizeMode(
        CodeCountModel::Message, QHeaderView::Stretch);
    m_codeTable->horizontalHeader()->resizeSection(
        CodeCountModel::Code, metrics.horizontalAdvance(u"0000000"_s) + 16);
    m_codeTable->hide();

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"logDetail"_s);
    m_detail->setOpenLinks(false);
    makeKeyboardReadable(m_detail);
    m_openInConsole = new QPushButton(this);
    m_openInConsole->setObjectName(u"logOpenInConsole"_s);
    m_openInConsole->setEnabled(false);

    // The scope comes first in the row of what is picked; what the page says and does, last.
    QBoxLayout *bar = m_filters->choicesRow();
    bar->insertWidget(0, m_scopeBox);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_groupByCode);
    bar->addWidget(m_export);
    // Tab walks the controls as they are laid out: the scope heads the second row.
    QWidget::setTabOrder(m_filters->lastOfFirstRow(), m_scopeBox);

    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_codeTable);
    tables->addWidget(m_table);
    tables->setStretchFactor(1, 3);
    tables->setChildrenCollapsible(false);

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addStretch(1);
    detailButtons->addWidget(m_openInConsole);
    detailLayout->addLayout(detailButtons);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_chart);
    m_split->addWidget(tables);
    m_split->addWidget(detailBox);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 3);
    m_split->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_teamProblem);
    layout->addWidget(m_split, 1);

    connect(m_filters, &LogFilterBar::changed, this, &FailureLogWidget::applyFilter);
    connect(m_scopeBox, &QComboBox::activated, this, [this](int index) {
        setScope(index == int(Scope::Team) ? Scope::Team : Scope::ThisMachine);
    });
    connect(m_groupByCode, &QToolButton::toggled, this, &FailureLogWidget::setGroupByCode);
    connect(m_export, &QPushButton::clicked, this, &FailureLogWidget::exportReport);
    connect(m_codeTable, &QTableView::clicked, this, &FailureLogWidget::codeGroupActivated);
    connect(m_codeTable, &QTableView::activated, this, &FailureLogWidget::codeGroupActivated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FailureLogWidget::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FailureLogWidget::updateDetail);
    // The current row's page may arrive after it was made current.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FailureLogWidget::updateDetail);
    connect(m_model, &FailureLogModel::searchStateChanged, this, &FailureLogWidget::updateSummary);
    // Select all while the count is still the quick one ("10,000+"): the rows the exact count
    // adds are selected too, so what is highlighted stays what Export takes.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this] { m_everyRowSelected = m_model->rowCount() > 0 && everyRowSelected(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) {
            if (!std::exchange(m_everyRowSelected, false))
                return;
            m_table->selectionModel()->select(QItemSelection(m_model->index(first, 0),
                                                  m_model->index(last, m_model->columnCount() - 1)),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        });
    connect(m_openInConsole, &QPushButton::clicked, this, [this] {
        if (m_shownCall)
            Q_EMIT openInConsole(m_shownCall->call);
    });

    // New records arrive in bursts (a replay, a CLI run): count again at most twice a second.
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(500);
    connect(m_refreshDelay, &QTimer::timeout, this, &FailureLogWidget::refresh);
    if (m_store) {
        // At most one refresh per interval, also while records keep arriving: restarting the
        // timer on every batch would hold the view back until the stream stops.
        auto scheduleRefresh = [this] {
            if (!m_refreshDelay->isActive())
                m_refreshDelay->start();
        };
        connect(m_store, &FailureStore::recordsAdded, this, scheduleRefresh);
        connect(m_store, &FailureStore::recordsPruned, this, scheduleRefresh);
        // The page may be built before the store has finished opening in the background.
        connect(m_store, &FailureStore::opened, this, &FailureLogWidget::refresh);
    }

    retranslateUi();
    // The model reads as it is made; the groups when they are shown.
    readChoices();
    m_chart->refresh();
}

FailureLogWidget::~FailureLogWidget()
{
    // The reads still queued are skipped.
    m_choicesGeneration.next();
    m_detailGeneration.next();
}

QLineEdit *FailureLogWidget::textFilter() const
{
    return m_filters->textField();
}

QComboBox *FailureLogWidget::rangeFilter() const
{
    return m_filters->rangeBox();
}

QComboBox *FailureLogWidget::endpointFilter() const
{
    return m_filters->endpointBox();
}

QComboBox *FailureLogWidget::environmentFilter() const
{
    return m_filters->environmentBox();
}

QComboBox *FailureLogWidget::senderFilter() const
{
    return m_filters->senderBox();
}

QDateTimeEdit *FailureLogWidget::fromEdit() const
{
    return m_filters->fromEdit();
}

QDateTimeEdit *FailureLogWidget::untilEdit() const
{
    return m_filters->untilEdit();
}

TeamFilter FailureLogWidget::teamFilter() const
{
    return TeamFilter { m_filter, m_scope == Scope::Team ? m_filters->senders() : QStringList() };
}

ScopeReader *FailureLogWidget::reader() const
{
    if (m_scope == Scope::Team && m_teamReader)
        return m_teamReader.get();
    return m_localReader.get();
}

TeamConnectionError FailureLogWidget::teamError() const
{
    return m_teamReader ? m_teamReader->lastError() : TeamConnectionError();
}

void FailureLogWidget::setTeamConnection(const std::optional<TeamConnectionSettings> &connection)
{
    if (connection == m_teamConnection)
        return;
    m_teamConnection = connection;
    const bool shown = m_scope == Scope::Team;
    if (shown)
        m_scope = Scope::ThisMachine; // the models leave the old reader before it goes
    showScope();
    m_teamReader.reset();
    if (shown && m_teamConnection)
        setScope(Scope::Team);
    updateScopeSwitch();
}

void FailureLogWidget::setScope(Scope scope)
{
    if (scope == Scope::Team && !m_teamConnection)
        scope = Scope::ThisMachine;
    if (scope == Scope::Team && !m_teamReader) {
        m_teamReader = std::make_unique<TeamReader>(*m_teamConnection);
        connect(m_teamReader.get(), &TeamReader::connectionChanged, this,
            &FailureLogWidget::showTeamError);
    }
    if (scope == m_scope && m_scopeBox->currentIndex() == int(scope))
        return;
    m_scope = scope;
    showScope();
}

void FailureLogWidget::showScope()
{
    const bool team = m_scope == Scope::Team;
    m_scopeBox->setCurrentIndex(int(m_scope));
    m_filters->setSenderShown(team);
    showTeamError(team ? teamError() : TeamConnectionError());
    ScopeReader *shown = team ? m_teamReader.get() : nullptr; // nullptr: the models' own
    m_model->setReader(shown, teamFilter());
    m_chart->setReader(shown, teamFilter());
    m_codeCounts->setReader(shown);
    if (m_groupByCode->isChecked())
        m_codeCounts->setTeamFilter(groupFilter());
    // The table gains or loses the Sender column.
    if (team)
        m_table->horizontalHeader()->resizeSection(
            FailureLogModel::Sender, fontMetrics().horizontalAdvance(u"someone@build-host-07"_s));
    m_shownId = 0;
    m_filters->setChoices({}, {}, {});
    readChoices();
    updateDetail();
    updateSummary();
}

void FailureLogWidget::updateScopeSwitch()
{
    m_scopeBox->setEnabled(m_teamConnection.has_value());
    m_scopeBox->setToolTip(m_teamConnection
            ? tr("Show this machine's failures, or every sender's in the team log (%1)")
                  .arg(m_teamConnection->displayName())
            : tr("No team log is set up. Connect one in Settings › Team log to see every "
                 "developer's and CI run's failures here."));
}

void FailureLogWidget::showTeamError(const TeamConnectionError &error)
{
    const bool problem = m_scope == Scope::Team && !error.ok();
    m_teamProblem->setVisible(problem);
    m_teamProblem->setText(problem ? tr("The team log cannot be read: %1 This machine's log "
                                        "still works: switch the scope to This machine.")
                                         .arg(error.message())
                                   : QString());
    updateSummary();
}

QString FailureLogWidget::title()
{
    return tr("Failure Log");
}

void FailureLogWidget::retranslateUi()
{
    setWindowTitle(title());
    m_groupByCode->setText(tr("Group by code"));
    m_groupByCode->setToolTip(tr("Show how many failures each platform code has"));
    m_scopeBox->clear();
    m_scopeBox->addItem(tr("This machine"));
    m_scopeBox->addItem(tr("Team"));
    m_scopeBox->setCurrentIndex(int(m_scope));
    updateScopeSwitch();
    m_export->setText(tr("Export…"));
    m_openInConsole->setText(tr("Open in Console"));
    m_openInConsole->setToolTip(tr("Load this request into the composer to send it again"));

    m_model->setLanguage(Translations::current());
    m_codeCounts->setLanguage(Translations::current());
    updateSummary();
    m_shownId = 0;
    updateDetail();
}

void FailureLogWidget::readChoices()
{
    const quint64 generation = m_choicesGeneration.next();
    ScopeReader *shown = reader();
    if (!shown->isAvailable())
        return;
    // Endpoints, environments and (in the team log) senders.
    using Names = std::array<QStringList, 3>;
    reader()->read<Names>(
        ScopeReader::Lane::Background, this, m_choicesGeneration.isCurrent(generation),
        [](const ScopeQuery &query, const std::function<bool()> &wanted) {
            // The choices cover the whole log, so picking one never hides the others.
            const TeamFilter everything;
            Names names;
            const ScopeQuery::GroupBy keys[] = { ScopeQuery::GroupBy::Endpoint,
                ScopeQuery::GroupBy::Environment, ScopeQuery::GroupBy::Sender };
            for (int i = 0; i < 3 && wanted(); ++i) {
                if (keys[i] == ScopeQuery::GroupBy::Sender && !query.isTeam())
                    break;
                for (const LogQuery::Count &count : query.countsBy(keys[i], everything)) {
                    if (const QString name = count.key.toString(); !name.isEmpty())
                        names[i] << name;
                }
            }
            return names;
        },
        [this](const Names &names) { m_filters->setChoices(names[0], names[1], names[2]); });
}

void FailureLogWidget::applyFilter()
{
    const LogFilter filter = m_filters->filter();
    const QStringList senders = teamFilter().senders;
    if (filter == m_filter && senders == m_senders)
        return;
    m_filter = filter;
    m_senders = senders;
    m_model->setTeamFilter(teamFilter());
    m_chart->setTeamFilter(teamFilter());
    if (m_groupByCode->isChecked())
        m_codeCounts->setTeamFilter(groupFilter());
    updateSummary();
}

void FailureLogWidget::refresh()
{
    readChoices();
    m_model->refresh();
    m_chart->refresh();
    if (m_groupByCode->isChecked())
        m_codeCounts->refresh();
    updateSummary();
}

TeamFilter FailureLogWidget::groupFilter() const
{
    // The groups ignore the code filter, so picking one code keeps the others in sight.
    TeamFilter filter = teamFilter();
    filter.log.codes.clear();
    filter.log.codePrefixes.clear();
    return filter;
}

void FailureLogWidget::showCode(int code)
{
    m_filters->clear();
    m_filters->setCode(code);
}

void FailureLogWidget::setGroupByCode(bool on)
{
    if (m_groupByCode->isChecked() != on)
        m_groupByCode->setChecked(on); // comes back here through toggled()
    if (on)
        m_codeCounts->setTeamFilter(groupFilter());
    m_codeTable->setVisible(on);
}

void FailureLogWidget::codeGroupActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_filters->setCode(index.data(CodeCountModel::CodeRole).toInt());
}

QList<std::pair<int, int>> FailureLogWidget::selectedRanges() const
{
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        if (range.isValid())
            ranges.append({ range.top(), range.bottom() });
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.constLast().second + 1)
            merged.last().second = qMax(merged.constLast().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

bool FailureLogWidget::everyRowSelected() const
{
    qint64 selected = 0;
    for (const auto &range : selectedRanges())
        selected += range.second - range.first + 1;
    return selected == m_model->rowCount();
}

void FailureLogWidget::exportReport()
{
    const quint64 generation = m_exportGeneration.next();
    const QList<std::pair<int, int>> ranges = selectedRanges();
    // Every row shown is the filtered set, also before the exact count has added the rest.
    if (ranges.isEmpty() || everyRowSelected()) {
        openExportDialog({});
        return;
    }
    m_model->readIds(ranges, this, [this, generation](const QList<qint64> &ids) {
        if (m_exportGeneration.isCurrent(generation)())
            openExportDialog(ids);
    });
}

void FailureLogWidget::openExportDialog(const QList<qint64> &selection)
{
    std::optional<ReportTask::TeamSource> team;
    if (m_scope == Scope::Team && m_teamConnection)
        team = ReportTask::TeamSource { *m_teamConnection, teamFilter().senders };
    auto *dialog = new ExportDialog(m_store, m_filter, selection, this, team);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSelectionOnly(selection.size() > 1);
    connect(dialog, &ExportDialog::saved, this, [this](const QString &path) {
        Q_EMIT message(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void FailureLogWidget::updateSummary()
{
    const int rows = m_model->rowCount();
    // What an empty table says (and where the focus is, when Tab reaches it).
    QString empty = m_filter == LogFilter() && m_senders.isEmpty()
        ? tr("No failures recorded yet: a call that fails in the console or xlink-cli is "
             "recorded here.")
        : tr("No failures match these filters.");
    if (m_scope == Scope::Team && !teamError().ok())
        m_summary->setText(empty = tr("The team log cannot be read."));
    else if (m_scope == Scope::ThisMachine && (!m_store || !m_store->isOpen()))
        m_summary->setText(empty = tr("The failure log is not available."));
    else if (m_model->isSearching())
        m_summary->setText(empty = tr("Searching…"));
    else if (!m_model->isCountExact())
        m_summary->setText(tr("%1+ failures (counting…)").arg(QLocale().toString(rows)));
    else if (m_scope == Scope::Team)
        m_summary->setText(tr("%Ln failure(s) in the team log", nullptr, rows));
    else
        m_summary->setText(tr("%Ln failure(s)", nullptr, rows));
    m_table->setPlaceholderText(empty);
    m_codeTable->setPlaceholderText(empty);
}

void FailureLogWidget::updateDetail()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? current.data(FailureLogModel::IdRole).toLongLong() : 0;
    if (id == m_shownId && id != 0)
        return;
    m_shownId = id;
    m_shownCall.reset();
    m_openInConsole->setEnabled(false);
    const quint64 generation = m_detailGeneration.next();
    ScopeReader *shown = reader();
    if (id == 0 || !shown->isAvailable()) {
        m_detail->setHtml(u"<p>"_s
            + tr("Select a failure to see its decoded error, request and "
                 "response.")
            + u"</p>"_s);
        return;
    }
    // The call with its headers and bodies (up to the body cap each) is read on the reader
    // thread; the previous detail stays the moment it takes, without its button.
    shown->read<std::optional<StoredCall>>(
        ScopeReader::Lane::Interactive, this, m_detailGeneration.isCurrent(generation),
        [id](const ScopeQuery &query, const std::function<bool()> &) { return query.call(id); },
        [this](const std::optional<StoredCall> &stored) { showDetail(stored); });
}

void FailureLogWidget::showDetail(const std::optional<StoredCall> &stored)
{
    if (!stored) {
        m_detail->setHtml(u"<p>"_s + tr("This record is no longer in the log.") + u"</p>"_s);
        return;
    }
    m_shownCall = stored;
    m_detail->setHtml(
        LogDetailHtml::render(*stored, ErrorCatalogue::builtin(), Translations::current()));
    m_openInConsole->setEnabled(true);
}

void FailureLogWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace xlink
