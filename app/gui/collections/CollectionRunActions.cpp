#include "CollectionRunActions.h"

#include "CollectionFolder.h"
#include "CollectionTreeView.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace xlink {

CollectionRunActions::CollectionRunActions(
    const CollectionFolder *folder, const CollectionTreeView *tree, QWidget *owner)
    : QObject(owner)
    , m_folder(folder)
    , m_tree(tree)
{
    m_run = new QAction(owner);
    m_run->setObjectName(u"runCollectionSelection"_s);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_run, &QAction::triggered, this, &CollectionRunActions::runSelected);
    owner->addAction(m_run);
    m_runAll = new QAction(owner);
    m_runAll->setObjectName(u"runCollection"_s);
    m_runAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_runAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_runAll, &QAction::triggered, this, [this] { Q_EMIT runRequested(QString(), -1); });
    owner->addAction(m_runAll);
    retranslateUi();
}

CollectionRunActions::~CollectionRunActions() = default;

void CollectionRunActions::runSelected()
{
    const CollectionTreeView::Selection current = m_tree->selection();
    if (current.kind < 0) {
        Q_EMIT runRequested(QString(), -1); // nothing selected: the collection
        return;
    }
    Q_EMIT runRequested(
        current.path, current.kind == int(CollectionTree::Kind::Request) ? current.region : -1);
}

void CollectionRunActions::updateActions()
{
    m_run->setEnabled(m_folder->isOpen());
    m_runAll->setEnabled(m_folder->isOpen());
}

void CollectionRunActions::retranslateUi()
{
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run the selected request, or every request of the selected file or "
                         "folder (%1)")
                          .arg(m_run->shortcut().toString(QKeySequence::NativeText)));
    m_runAll->setText(tr("Run All"));
    m_runAll->setToolTip(tr("Run every request of the collection (%1)")
                             .arg(m_runAll->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace xlink
