#include "catalogue/CodeBrowserWidget.h"

#include "KeyboardReadableText.h"
#include "SearchShortcut.h"
#include "catalogue/CodeDetailHtml.h"
#include "catalogue/CodeFilterModel.h"
#include "catalogue/CodeTableModel.h"
#include "catalogue/EntryFormatter.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace xlink {

CodeBrowserWidget::CodeBrowserWidget(QWidget *parent)
    : QWidget(parent)
    , m_codes(new CodeTableModel(this))
    , m_filter(new CodeFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_banner(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
{
    m_codes->setLanguage(Translations::current());
    m_filter->setCodeModel(m_codes);

    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setVisible(false);
    makeKeyboardReadable(m_detail);

    m_table->setModel(m_filter);
    // Tab moves on to the detail pane; arrows move in the table.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Every code has seven digits: size the column once rather than measuring every row on
    // each filter change (ResizeToContents), which would cost more than the filtering.
    m_table->horizontalHeader()->setSectionResizeMode(
        CodeTableModel::CodeColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(CodeTableModel::CodeColumn,
        m_table->fontMetrics().horizontalAdvance(u"0000000"_s)
            + 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16);
    m_table->horizontalHeader()->setSectionResizeMode(
        CodeTableModel::PrimaryColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        CodeTableModel::SecondaryColumn, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_detail->setOpenLinks(false);
    m_detail->setMinimumWidth(260);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"xlink-log"_s)
            Q_EMIT showInFailureLog(url.path().toInt());
        else if (url.scheme() == u"xlink-teamlog"_s)
            Q_EMIT showInTeamLog(url.path().toInt());
    });

    const auto makeAction = [this](const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_focusSearch = (new SearchShortcut(this, m_search))->action();
    m_copyCode = makeAction(QKeySequence::Copy, [this] {
        if (const CatalogueEntry *entry = currentEntry())
            copyText(QString::number(entry->code), tr("code %1").arg(entry->code));
    });
    m_copyMessages = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
        if (const CatalogueEntry *entry = currentEntry())
            copyText(EntryFormatter::bothMessages(*entry, m_codes->language()),
                tr("the messages of %1").arg(entry->code));
    });
    m_copyJson = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), [this] {
        if (const CatalogueEntry *entry = currentEntry())
            copyText(QString::fromUtf8(EntryFormatter::toIndentedText(
                         QJsonDocument(EntryFormatter::toJson(*entry, m_codes->catalogue())))),
                tr("%1 as JSON").arg(entry->code));
    });
    m_copyMarkdown = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] {
        if (const CatalogueEntry *entry = currentEntry())
            copyText(EntryFormatter::toMarkdownRow(*entry),
                tr("%1 as a Markdown table row").arg(entry->code));
    });
    const QList<QAction *> copyActions { m_copyCode, m_copyMessages, m_copyJson, m_copyMarkdown };
    m_table->addActions(copyActions);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_status);

    auto *buttonRow = new QHBoxLayout;
    for (QAction *action : copyActions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_copyButtons.append(button);
        buttonRow->addWidget(button);
    }
    buttonRow->addStretch(1);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(buttonRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CodeBrowserWidget::applyQuery);
    connect(m_status, &QComboBox::activated, this, [this] {
        m_filter->setHttpStatus(m_status->currentData().toInt());
        selectFirstRow();
        updateBanner();
        Q_EMIT summaryChanged(summary());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetail();
        updateActions();
    });

    retranslateUi();
    // The table's two message columns need the room more than the detail pane does, but the
    // pane keeps room for its buttons. Asking for less would have the splitter correct the
    // sizes when first shown, after the first layout: the detail text would be laid out (and
    // shaped) twice before the first paint. The layouts measured the buttons before they had
    // their texts.
    buttonRow->invalidate();
    detailLayout->invalidate();
    splitter->setSizes({ 640, qMax(360, detailPane->minimumSizeHint().width()) });
    selectFirstRow();
    setFocusProxy(m_search);
}

CodeBrowserWidget::~CodeBrowserWidget() = default;

void CodeBrowserWidget::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    const CatalogueEntry *previous = currentEntry();
    const int code = previous ? previous->code : 0;
    m_codes->setCatalogue(std::move(catalogue));
    fillStatusFilter();
    if (code == 0 || !selectCode(code))
        selectFirstRow();
    updateBanner();
    Q_EMIT summaryChanged(summary());
}

void CodeBrowserWidget::setQuery(const QString &query)
{
    m_search->setText(query);
}

void CodeBrowserWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CodeBrowserWidget::selectCode(int code)
{
    const int sourceRow = m_codes->rowOfCode(code);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_codes->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_filter->setHttpStatus(0);
        index = m_filter->mapFromSource(m_codes->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return index.isValid();
}

const CatalogueEntry *CodeBrowserWidget::currentEntry() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_codes->entryAt(m_filter->mapToSource(index).row());
}

void CodeBrowserWidget::applyQuery()
{
    m_filter->setQuery(m_search->text());
    selectFirstRow();
    updateBanner();
    Q_EMIT summaryChanged(summary());
}

void CodeBrowserWidget::selectFirstRow()
{
    if (m_filter->rowCount() > 0) {
        const QModelIndex first = m_filter->index(0, 0);
        m_table->setCurrentIndex(first);
        m_table->scrollTo(first);
    } else {
        m_table->selectionModel()->clearCurrentIndex();
        m_table->clearSelection();
    }
    updateDetail();
    updateActions();
}

void CodeBrowserWidget::setDetailHtml(const QString &html)
{
    // Typing usually keeps the same best match selected; laying out the same rich text again
    // would cost more than the whole filtering.
    if (html == m_detailHtml)
        return;
    m_detailHtml = html;
    m_detail->setHtml(html);
}

void CodeBrowserWidget::setSeenCount(SeenCount seenCount)
{
    setCounter(m_seen, std::move(seenCount));
}

void CodeBrowserWidget::setTeamSeenCount(SeenCount seenCount)
{
    setCounter(m_teamSeen, std::move(seenCount));
}

void CodeBrowserWidget::setCounter(SeenCounter &counter, SeenCount count)
{
    counter.count = std::move(count);
    counter.generation.next();
    counter.seen.reset();
    counter.pending.reset();
    updateDetail();
}

void CodeBrowserWidget::refreshSeenCount()
{
    const std::optional<int> code = shownCode();
    if (!code)
        return;
    for (SeenCounter *counter : { &m_seen, &m_teamSeen }) {
        if (counter->count)
            requestSeenCount(*counter, *code);
    }
}

void CodeBrowserWidget::requestSeenCount(SeenCounter &counter, int code)
{
    const quint64 generation = counter.generation.next();
    counter.pending = code;
    counter.count(code, this, counter.generation.isCurrent(generation),
        [this, &counter, code, wanted = counter.generation.isCurrent(generation)](qint64 seen) {
            if (!wanted())
                return; // another code was selected meanwhile
            counter.pending.reset();
            counter.seen = std::make_pair(code, seen);
            updateDetail();
        });
}

std::optional<int> CodeBrowserWidget::shownCode() const
{
    if (const CatalogueEntry *entry = currentEntry())
        return entry->code;
    return m_filter->answer().unknownCode;
}

QString CodeBrowserWidget::seenLine(int code) const
{
    QString lines;
    if (m_seen.count && m_seen.seen && m_seen.seen->first == code) {
        const qint64 seen = m_seen.seen->second;
        if (seen <= 0)
            lines += u"<p>"_s + tr("Not seen in the failure log.") + u"</p>"_s;
        else
            lines += u"<p><a href=\"xlink-log:"_s + QString::number(code) + u"\">"_s
                + tr(
                    "Seen %n time(s) in the failure log", nullptr, int(qMin<qint64>(seen, INT_MAX)))
                + u"</a></p>"_s;
    }
    if (m_teamSeen.count && m_teamSeen.seen && m_teamSeen.seen->first == code) {
        const qint64 seen = m_teamSeen.seen->second;
        if (seen == 0)
            lines += u"<p>"_s + tr("Not seen in the team log.") + u"</p>"_s;
        else if (seen > 0)
            lines += u"<p><a href=\"xlink-teamlog:"_s + QString::number(code) + u"\">"_s
                + tr("Seen %n time(s) in the team log", nullptr, int(qMin<qint64>(seen, INT_MAX)))
                + u"</a></p>"_s;
    }
    return lines;
}

void CodeBrowserWidget::updateDetail()
{
    // The shown code's count is read off the GUI thread: the pane shows the code at once and
    // adds its count when it comes (a count still on its way for another code is dropped).
    if (const std::optional<int> code = shownCode()) {
        for (SeenCounter *counter : { &m_seen, &m_teamSeen }) {
            if (counter->count && (!counter->seen || counter->seen->first != *code)
                && counter->pending != code)
                requestSeenCount(*counter, *code);
        }
    }
    const ErrorCatalogue &catalogue = m_codes->catalogue();
    const Language language = m_codes->language();
    if (const CatalogueEntry *entry = currentEntry()) {
        setDetailHtml(CodeDetailHtml::entry(catalogue, *entry, language) + seenLine(entry->code));
        return;
    }
    const CodeLookup::Answer &answer = m_filter->answer();
    if (answer.unknownCode) {
        setDetailHtml(CodeDetailHtml::unknownCode(catalogue, *answer.unknownCode, language)
            + seenLine(*answer.unknownCode));
        return;
    }
    QString text;
    if (catalogue.isEmpty())
        text = tr("The error-code catalogue could not be loaded.");
    else if (m_filter->httpStatus() != 0 && !m_search->text().trimmed().isEmpty())
        text = tr("No code with HTTP status %1 matches “%2”.")
                   .arg(m_filter->httpStatus())
                   .arg(m_search->text().trimmed());
    else
        text = tr("No code matches “%1”.").arg(m_search->text().trimmed());
    setDetailHtml(u"<p>" + text.toHtmlEscaped() + u"</p>");
}

void CodeBrowserWidget::updateBanner()
{
    const CodeLookup::Answer &answer = m_filter->answer();
    const ErrorCatalogue &catalogue = m_codes->catalogue();
    QString text;
    if (answer.unknownCode) {
        text = tr("%1 is not in the catalogue.").arg(*answer.unknownCode);
        if (answer.status)
            text += u' '
                + CodeDetailHtml::statusLine(catalogue, answer.status->status, m_codes->language());
    } else if (answer.status) {
        text = CodeDetailHtml::statusLine(catalogue, answer.status->status, m_codes->language());
    }
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void CodeBrowserWidget::updateActions()
{
    const bool hasEntry = currentEntry() != nullptr;
    for (QAction *action : { m_copyCode, m_copyMessages, m_copyJson, m_copyMarkdown })
        action->setEnabled(hasEntry);
}

void CodeBrowserWidget::copyText(const QString &text, const QString &what)
{
    QApplication::clipboard()->setText(text);
    Q_EMIT message(tr("Copied %1.").arg(what));
}

QString CodeBrowserWidget::summary() const
{
    return tr("%1 of %2 codes").arg(m_filter->rowCount()).arg(m_codes->rowCount());
}

void CodeBrowserWidget::fillStatusFilter()
{
    const int selected = m_filter->httpStatus();
    m_status->clear();
    m_status->addItem(tr("All HTTP statuses"), 0);
    const ErrorCatalogue &catalogue = m_codes->catalogue();
    QHash<int, int> counts;
    for (const CatalogueEntry &entry : catalogue.entries())
        ++counts[entry.httpStatus];
    for (const HttpStatusInfo &info : catalogue.httpStatuses()) {
        if (!counts.contains(info.status))
            continue;
        m_status->addItem(tr("%1 %2 (%n codes)", nullptr, counts.value(info.status))
                              .arg(info.status)
                              .arg(info.meaning.in(m_codes->language())),
            info.status);
    }
    const int index = m_status->findData(selected);
    m_status->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_filter->setHttpStatus(0);
}

void CodeBrowserWidget::retranslateUi()
{
    setWindowTitle(tr("Error codes"));
    m_codes->setLanguage(Translations::current());
    m_search->setPlaceholderText(
        tr("Search by code, part of a code, HTTP status, or text in Chinese or English (Ctrl+K)"));
    m_status->setToolTip(tr("Show only the codes of one HTTP status"));
    m_focusSearch->setText(tr("Search"));
    m_copyCode->setText(tr("Copy code"));
    m_copyMessages->setText(tr("Copy messages"));
    m_copyJson->setText(tr("Copy as JSON"));
    m_copyMarkdown->setText(tr("Copy as Markdown row"));
    for (QToolButton *button : std::as_const(m_copyButtons)) {
        const QAction *action = button->defaultAction();
        button->setToolTip(
            action->text() + u" (" + action->shortcut().toString(QKeySequence::NativeText) + u')');
    }
    fillStatusFilter();
    updateDetail();
    updateBanner();
    Q_EMIT summaryChanged(summary());
}

void CodeBrowserWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool CodeBrowserWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down, Page Up/Down in the search field move through the results, as in Zeal, so the
    // hands stay on the keyboard; Enter moves into the table.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_table, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace xlink
