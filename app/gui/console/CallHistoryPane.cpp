#include "CallHistoryPane.h"

#include "CallHistoryFilterModel.h"
#include "CallHistoryModel.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

CallHistoryPane::CallHistoryPane(CallHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_model(new CallHistoryModel(history, this))
    , m_filterModel(new CallHistoryFilterModel(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_saveToCollection(new QAction(this))
{
    m_filter->setObjectName(u"historyFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(u"history"_s);
    m_view->setModel(m_filterModel);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    connect(
        m_filter, &QLineEdit::textChanged, m_filterModel, &CallHistoryFilterModel::setFilterText);
    connect(m_view, &QListView::activated, this, &CallHistoryPane::activateRow);
    m_saveToCollection->setObjectName(u"saveCallToCollection"_s);
    m_view->addAction(m_saveToCollection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_saveToCollection, &QAction::triggered, this, [this] {
        const QModelIndex source = m_filterModel->mapToSource(m_view->currentIndex());
        if (source.isValid())
            Q_EMIT saveToCollectionRequested(m_model->record(source.row()));
    });
    retranslateUi();
}

CallHistoryPane::~CallHistoryPane() = default;

void CallHistoryPane::activateRow(const QModelIndex &index)
{
    const QModelIndex source = m_filterModel->mapToSource(index);
    if (!source.isValid())
        return;
    Q_EMIT callActivated(m_model->record(source.row()));
}

void CallHistoryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CallHistoryPane::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter the calls of this session"));
    m_saveToCollection->setText(tr("Save to Collection…"));
}

} // namespace xlink
