#include "EndpointPickerWidget.h"

#include "ApiDescription.h"
#include "EndpointPickerModel.h"
#include "util/Translations.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace xlink {

using namespace Qt::StringLiterals;

EndpointPickerWidget::EndpointPickerWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new EndpointPickerModel(this))
    , m_search(new QLineEdit(this))
    , m_results(new QTreeView(this))
{
    m_search->setObjectName(u"endpointSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"endpoints"_s);
    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setExpandsOnDoubleClick(false);
    m_results->setUniformRowHeights(false);
    // A narrow pane elides the rows (the tooltip has it all) rather than scrolling sideways.
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setWordWrap(false);
    m_results->header()->setStretchLastSection(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setIndentation(8);
    // A click selects, Enter or a double click picks. Not activated: where the style activates
    // on a single click, one click would replace the composer.
    connect(m_results, &QTreeView::doubleClicked, this, &EndpointPickerWidget::pick);
    connect(m_search, &QLineEdit::textChanged, this, &EndpointPickerWidget::onQueryChanged);
    connect(m_model, &QAbstractItemModel::modelReset, m_results, &QTreeView::expandAll);
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    retranslateUi();
}

EndpointPickerWidget::~EndpointPickerWidget() = default;

void EndpointPickerWidget::ensureLoaded()
{
    if (m_model->description())
        return;
    m_model->setLanguage(Translations::current());
    m_model->setQuery(m_search->text());
    m_model->setDescription(&ApiDescription::builtin());
}

const ApiOperation *EndpointPickerWidget::currentOperation() const
{
    return m_model->operation(m_results->currentIndex());
}

void EndpointPickerWidget::onQueryChanged(const QString &text)
{
    ensureLoaded();
    m_model->setQuery(text.trimmed());
}

void EndpointPickerWidget::moveTo(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_results->setCurrentIndex(index);
    m_results->scrollTo(index);
}

void EndpointPickerWidget::pick(const QModelIndex &index)
{
    if (const ApiOperation *operation = m_model->operation(index))
        Q_EMIT operationPicked(operation);
}

bool EndpointPickerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched == m_results) {
        // Esc belongs to the picker while its results have the focus (not the page's Cancel).
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
        return QWidget::eventFilter(watched, event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down) {
            ensureLoaded();
            const QModelIndex target
                = currentOperation() ? m_results->currentIndex() : m_model->firstOperation();
            if (!target.isValid())
                return true;
            moveTo(target);
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (enter) {
            ensureLoaded();
            pick(currentOperation() ? m_results->currentIndex() : m_model->firstOperation());
            return true;
        }
    } else if (watched == m_results) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const bool down = key->key() == Qt::Key_Down;
            const QModelIndex next = m_model->nextOperation(m_results->currentIndex(), down);
            if (next.isValid())
                moveTo(next);
            else if (!down)
                m_search->setFocus(Qt::ShortcutFocusReason); // up from the first result
            return true;
        }
        case Qt::Key_Escape:
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            pick(m_results->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EndpointPickerWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void EndpointPickerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EndpointPickerWidget::retranslateUi()
{
    m_search->setPlaceholderText(
        tr("Search by path, method, operation ID, summary or area (中文/English)"));
    m_search->setToolTip(tr("Down goes to the results, Enter picks, Esc comes back here"));
    m_model->setLanguage(Translations::current());
}

} // namespace xlink
