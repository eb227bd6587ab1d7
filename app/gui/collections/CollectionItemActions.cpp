#include "CollectionItemActions.h"

#include "CollectionFileEditor.h"
#include "CollectionFolder.h"
#include "CollectionTreeModel.h"
#include "CollectionTreeView.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace xlink {

using Kind = CollectionTree::Kind;

namespace {

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString lastPart(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

} // namespace

CollectionItemActions::CollectionItemActions(CollectionFolder *folder, CollectionTreeView *tree,
    const CollectionFileEditor *editor, QWidget *owner)
    : QObject(owner)
    , m_folder(folder)
    , m_tree(tree)
    , m_editor(editor)
    , m_owner(owner)
{
    const auto action = [this](const char *name, auto slot, const QKeySequence &keys = {}) {
        auto *created = new QAction(m_owner);
        created->setObjectName(QString::fromLatin1(name));
        if (!keys.isEmpty()) {
            created->setShortcut(keys);
            created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(created, &QAction::triggered, this, slot);
        m_owner->addAction(created);
        return created;
    };
    m_newRequest = action("newCollectionRequest", &CollectionItemActions::newRequest);
    m_newFile = action("newCollectionFile", &CollectionItemActions::newFile);
    m_newFolder = action("newCollectionFolder", &CollectionItemActions::newFolder);
    m_rename = action(
        "renameCollectionItem", &CollectionItemActions::renameSelected, QKeySequence(Qt::Key_F2));
    m_move = action("moveCollectionItem", &CollectionItemActions::moveSelected);
    m_delete = action("deleteCollectionItem", &CollectionItemActions::deleteSelected,
        QKeySequence(QKeySequence::Delete));
    connect(m_tree->collectionModel(), &CollectionTreeModel::moveRequested, this,
        &CollectionItemActions::moveItem);
    retranslateUi();
}

CollectionItemActions::~CollectionItemActions() = default;

void CollectionItemActions::askName(const QString &title, const QString &label, const QString &text,
    std::function<void(const QString &)> done)
{
    // Window-modal and answered through a signal: no nested event loop.
    auto *dialog = new QInputDialog(m_owner);
    dialog->setObjectName(u"collectionNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    connect(dialog, &QInputDialog::textValueSelected, this,
        [done = std::move(done)](const QString &value) { done(value.trimmed()); });
    dialog->open();
}

bool CollectionItemActions::heldByUnsavedText(const QString &path)
{
    if (path != m_editor->file() || !m_editor->hasUnsavedText())
        return false;
    Q_EMIT message(tr("Save or revert the text of %1 first.").arg(path), true);
    return true;
}

void CollectionItemActions::newRequest()
{
    QString file = m_tree->selectedFile();
    if (file.isEmpty()) {
        Q_EMIT message(
            tr("Select the file the request goes into (or make one with New File)."), true);
        return;
    }
    askName(tr("New Request"), tr("Name of the request (letters, digits, _ and -):"), QString(),
        [this, file](const QString &name) {
            QString error;
            int region = -1;
            if (!m_folder->createRequest(file, name, &region, &error)) {
                Q_EMIT message(error, true);
                return;
            }
            m_tree->select(file, region);
            Q_EMIT message(tr("Request %1 added to %2.").arg(name, file), false);
        });
}

void CollectionItemActions::newFile()
{
    if (!m_folder->isOpen()) {
        Q_EMIT message(tr("Open a collection folder first."), true);
        return;
    }
    const QString folder = m_tree->selectedFolder();
    askName(tr("New File"), tr("Name of the .http file:"), QString(),
        [this, folder](const QString &name) {
            QString error;
            QString created;
            if (!m_folder->createFile(folder, name, &created, &error)) {
                Q_EMIT message(error, true);
                return;
            }
            m_tree->select(created);
        });
}

void CollectionItemActions::newFolder()
{
    if (!m_folder->isOpen()) {
        Q_EMIT message(tr("Open a collection folder first."), true);
        return;
    }
    const QString parent = m_tree->selectedFolder();
    askName(tr("New Folder"), tr("Name of the folder:"), QString(),
        [this, parent](const QString &name) {
            QString error;
            if (!m_folder->createFolder(parent, name, &error)) {
                Q_EMIT message(error, true);
                return;
            }
            m_tree->select(parent.isEmpty() ? name : parent + u'/' + name);
        });
}

void CollectionItemActions::renameSelected()
{
    const CollectionTreeView::Selection current = m_tree->selection();
    if (current.kind < 0)
        return;
    if (current.kind == int(Kind::Request)) {
        const CollectionTree::Node *node = m_tree->selectedNode();
        askName(tr("Rename Request"), tr("New name of the request:"), node->request()->name,
            [this, current](const QString &name) {
                QString error;
                if (!m_folder->renameRequest(current.path, current.region, name, &error)) {
                    Q_EMIT message(error, true);
                    return;
                }
                m_tree->select(current.path, current.region);
            });
        return;
    }
    if (heldByUnsavedText(current.path))
        return;
    askName(tr("Rename"), tr("New name:"), lastPart(current.path),
        [this, current](const QString &name) {
            QString error;
            QString renamed;
            if (!m_folder->rename(current.path, name, &renamed, &error)) {
                Q_EMIT message(error, true);
                return;
            }
            m_tree->select(renamed);
        });
}

void CollectionItemActions::moveSelected()
{
    const CollectionTreeView::Selection current = m_tree->selection();
    if (current.kind < 0)
        return;
    QStringList targets;
    if (current.kind == int(Kind::Request)) {
        targets = m_tree->files();
        targets.removeAll(current.path);
    } else {
        targets.append(u"/"_s);
        const auto tree = m_folder->tree();
        std::function<void(const CollectionTree::Node *)> visit
            = [&](const CollectionTree::Node *node) {
                  for (const auto &child : node->children) {
                      if (child->kind != Kind::Folder || child->relativePath == current.path)
                          continue;
                      targets.append(child->relativePath);
                      visit(child.get());
                  }
              };
        visit(tree->root());
        targets.removeAll(parentOf(current.path).isEmpty() ? u"/"_s : parentOf(current.path));
    }
    if (targets.isEmpty()) {
        Q_EMIT message(tr("There is nowhere else to move it."), true);
        return;
    }
    auto *dialog = new QInputDialog(m_owner);
    dialog->setObjectName(u"collectionMoveDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Move To"));
    dialog->setLabelText(current.kind == int(Kind::Request) ? tr("Move the request to the file:")
                                                            : tr("Move to the folder:"));
    dialog->setComboBoxItems(targets);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, current](const QString &to) {
        moveItem(current.path, current.kind == int(Kind::Request) ? current.region : -1,
            to == u"/" ? QString() : to);
    });
    dialog->open();
}

void CollectionItemActions::moveItem(const QString &path, int region, const QString &target)
{
    QString error;
    if (region >= 0) {
        if (!m_folder->moveRequest(path, region, target, &error)) {
            Q_EMIT message(error, true);
            return;
        }
        m_tree->select(target);
        m_tree->expand(m_tree->collectionModel()->indexFor(target));
        return;
    }
    if (heldByUnsavedText(path))
        return;
    QString moved;
    if (!m_folder->move(path, target, &moved, &error)) {
        Q_EMIT message(error, true);
        return;
    }
    m_tree->select(moved);
}

void CollectionItemActions::deleteSelected()
{
    const CollectionTreeView::Selection current = m_tree->selection();
    if (current.kind < 0)
        return;
    const CollectionTree::Node *node = m_tree->selectedNode();
    QString question;
    if (current.kind == int(Kind::Request))
        question = tr("Delete the request %1 from %2?").arg(node->name, current.path);
    else if (current.kind == int(Kind::File))
        question = tr("Delete the file %1 and its requests?").arg(current.path);
    else
        question = tr("Delete the folder %1 and everything in it?").arg(current.path);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), question,
        QMessageBox::Yes | QMessageBox::Cancel, m_owner);
    box->setObjectName(u"collectionDeleteQuestion"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, current](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        QString error;
        const bool done = current.kind == int(Kind::Request)
            ? m_folder->removeRequest(current.path, current.region, &error)
            : m_folder->remove(current.path, &error);
        if (!done)
            Q_EMIT message(error, true);
    });
    box->open();
}

void CollectionItemActions::updateActions()
{
    const bool open = m_folder->isOpen();
    const bool selected = m_tree->selection().kind >= 0;
    m_newRequest->setEnabled(open && !m_tree->selectedFile().isEmpty());
    m_newFile->setEnabled(open);
    m_newFolder->setEnabled(open);
    m_rename->setEnabled(open && selected);
    m_move->setEnabled(open && selected);
    m_delete->setEnabled(open && selected);
}

void CollectionItemActions::retranslateUi()
{
    m_newRequest->setText(tr("New Request…"));
    m_newFile->setText(tr("New File…"));
    m_newFolder->setText(tr("New Folder…"));
    m_rename->setText(tr("Rename…"));
    m_move->setText(tr("Move To…"));
    m_delete->setText(tr("Delete…"));
}

} // namespace xlink
