#include "CollectionsSidebar.h"

#include "ApiClient.h"
#include "ApiDescription.h"
#include "CallPipeline.h"
#include "CallWorkspace.h"
#include "CollectionFolder.h"
#include "CollectionRequest.h"
#include "CollectionTreeModel.h"
#include "EnvironmentStore.h"
#include "PostmanFiles.h"
#include "PostmanImport.h"
#include "SaveRequestDialog.h"
#include "VariableUsage.h"
#include "console/MessageLine.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

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

// The names the API description marks secret (the last part of a path).
QSet<QString> describedSecrets()
{
    static const QSet<QString> names = [] {
        QSet<QString> all;
        for (const ApiOperation &operation : ApiDescription::builtin().operations()) {
            for (const QString &field : operation.secretFields)
                all.insert(field.mid(field.lastIndexOf(u'.') + 1));
        }
        return all;
    }();
    return names;
}

} // namespace

CollectionsSidebar::CollectionsSidebar(
    CallWorkspace *workspace, MessageLineSource messages, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(std::move(messages))
{
    setObjectName(u"collectionsSidebar"_s);
    m_folder = new CollectionFolder(this);
    m_model = new CollectionTreeModel(this);

    const auto action = [this](const char *name, auto slot, const QKeySequence &keys = {}) {
        auto *created = new QAction(this);
        created->setObjectName(QString::fromLatin1(name));
        if (!keys.isEmpty()) {
            created->setShortcut(keys);
            created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    m_openFolder = action("openCollectionFolder", &CollectionsSidebar::chooseFolder);
    m_newRequest = action("newCollectionRequest", &CollectionsSidebar::newRequest);
    m_newFile = action("newCollectionFile", &CollectionsSidebar::newFile);
    m_newFolder = action("newCollectionFolder", &CollectionsSidebar::newFolder);
    m_rename = action(
        "renameCollectionItem", &CollectionsSidebar::renameSelected, QKeySequence(Qt::Key_F2));
    m_move = action("moveCollectionItem", &CollectionsSidebar::moveSelected);
    m_delete = action("deleteCollectionItem", &CollectionsSidebar::deleteSelected,
        QKeySequence(QKeySequence::Delete));
    m_saveRequest = action("saveRequestToCollection", &CollectionsSidebar::saveComposerRequest);
    m_importPostman = action("importPostman", &CollectionsSidebar::chooseImport);
    m_exportPostman = action("exportPostman", &CollectionsSidebar::chooseExport);
    m_reload = action("reloadCollection", [this] { m_folder->reload(); });
    m_run = action("runCollectionSelection", &CollectionsSidebar::runSelected,
        QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAll = action(
        "runCollection", [this] { Q_EMIT runRequested(QString(), -1); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    auto *openButton = new QToolButton(this);
    openButton->setDefaultAction(m_openFolder);
    m_newButton = new QToolButton(this);
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    auto *newMenu = new QMenu(m_newButton);
    newMenu->addAction(m_newRequest);
    newMenu->addAction(m_newFile);
    newMenu->addAction(m_newFolder);
    m_newButton->setMenu(newMenu);
    auto *saveButton = new QToolButton(this);
    saveButton->setDefaultAction(m_saveRequest);
    auto *runButton = new QToolButton(this);
    runButton->setObjectName(u"runCollectionButton"_s);
    runButton->setPopupMode(QToolButton::MenuButtonPopup);
    runButton->setDefaultAction(m_run);
    auto *runMenu = new QMenu(runButton);
    runMenu->addAction(m_run);
    runMenu->addAction(m_runAll);
    runButton->setMenu(runMenu);
    m_moreButton = new QToolButton(this);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(m_moreButton);
    moreMenu->addAction(m_importPostman);
    moreMenu->addAction(m_exportPostman);
    moreMenu->addSeparator();
    moreMenu->addAction(m_reload);
    m_moreButton->setMenu(moreMenu);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(openButton);
    buttons->addWidget(m_newButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(runButton);
    buttons->addStretch();
    buttons->addWidget(m_moreButton);

    m_folderLabel = new QLabel(this);
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"collectionTree"_s);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::activated, this, &CollectionsSidebar::openSelectedRequest);
    // The values shown follow the environment's user variables as they are read or edited.
    connect(
        m_workspace, &CallWorkspace::userValuesChanged, this, &CollectionsSidebar::showVariables);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CollectionsSidebar::showDetails);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(m_run);
        menu.addAction(m_runAll);
        menu.addSeparator();
        menu.addAction(m_newRequest);
        menu.addAction(m_newFile);
        menu.addAction(m_newFolder);
        menu.addSeparator();
        menu.addAction(m_rename);
        menu.addAction(m_move);
        menu.addAction(m_delete);
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
    connect(m_model, &CollectionTreeModel::moveRequested, this, &CollectionsSidebar::moveItem);

    m_variables = new QTableWidget(0, 3, this);
    m_variables->setObjectName(u"collectionVariables"_s);
    m_variables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_variables->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    m_variables->verticalHeader()->hide();
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variablesNote = new QLabel(this);
    m_variablesNote->setWordWrap(true);
    auto *variablesPane = new QWidget(this);
    auto *variablesLayout = new QVBoxLayout(variablesPane);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    variablesLayout->addWidget(m_variablesNote);
    variablesLayout->addWidget(m_variables, 1);

    m_textFile = new QLabel(this);
    m_textFile->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"collectionFileText"_s);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setEnabled(false);
    m_saveText = new QPushButton(this);
    m_revertText = new QPushButton(this);
    connect(m_saveText, &QPushButton::clicked, this, &CollectionsSidebar::saveText);
    connect(m_revertText, &QPushButton::clicked, this, &CollectionsSidebar::revertText);
    connect(m_text->document(), &QTextDocument::modificationChanged, this,
        &CollectionsSidebar::updateActions);
    auto *textButtons = new QHBoxLayout;
    textButtons->addStretch();
    textButtons->addWidget(m_revertText);
    textButtons->addWidget(m_saveText);
    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_textFile);
    textLayout->addWidget(m_text, 1);
    textLayout->addLayout(textButtons);
    auto *saveShortcut = new QAction(m_text);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(saveShortcut, &QAction::triggered, this, &CollectionsSidebar::saveText);
    m_text->addAction(saveShortcut);

    m_details = new QTabWidget(this);
    m_details->addTab(variablesPane, QString());
    m_details->addTab(textPane, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_folderLabel);
    layout->addWidget(splitter, 1);

    connect(m_folder, &CollectionFolder::treeChanged, this, &CollectionsSidebar::onTreeChanged);
    connect(
        m_folder, &CollectionFolder::filesChangedOnDisk, this, [this](const QStringList &files) {
            if (files.size() == 1)
                say(tr("%1 changed on disk and was read again.").arg(files.constFirst()));
            else
                say(tr(
                    "%n files changed on disk and were read again.", nullptr, int(files.size())));
        });

    retranslateUi();
    updateActions();
    // The folder of the last run, if it is still there (its absence is not worth a message).
    const QString remembered = CollectionFolder::rememberedFolder();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) {
        QString error;
        m_folder->open(remembered, &error, false);
    }
}

CollectionsSidebar::~CollectionsSidebar() = default;

void CollectionsSidebar::say(const QString &text, bool problem)
{
    if (MessageLine *line = m_messages ? m_messages() : nullptr)
        line->say(text, problem);
}

bool CollectionsSidebar::openFolder(const QString &folder)
{
    if (hasUnsavedText()) {
        say(tr("Save or revert the text of %1 before opening another folder.").arg(m_textPath),
            true);
        return false;
    }
    QString error;
    if (!m_folder->open(folder, &error)) {
        say(error, true);
        return false;
    }
    if (!error.isEmpty())
        say(error, true); // opened, not remembered
    return true;
}

void CollectionsSidebar::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Open Collection Folder"), m_folder->folder());
    if (!folder.isEmpty())
        openFolder(folder);
}

CollectionsSidebar::Selection CollectionsSidebar::selection() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return {};
    return { current.data(CollectionTreeModel::PathRole).toString(),
        current.data(CollectionTreeModel::RegionRole).toInt(),
        current.data(CollectionTreeModel::KindRole).toInt() };
}

QString CollectionsSidebar::selectedFolder() const
{
    const Selection current = selection();
    if (current.kind == int(Kind::Folder))
        return current.path;
    return current.kind < 0 ? QString() : parentOf(current.path);
}

QString CollectionsSidebar::selectedFile() const
{
    const Selection current = selection();
    return current.kind == int(Kind::File) || current.kind == int(Kind::Request) ? current.path
                                                                                 : QString();
}

QStringList CollectionsSidebar::files() const
{
    QStringList all;
    const auto tree = m_folder->tree();
    if (!tree)
        return all;
    std::function<void(const CollectionTree::Node *)> visit
        = [&](const CollectionTree::Node *node) {
              for (const auto &child : node->children) {
                  if (child->kind == Kind::File)
                      all.append(child->relativePath);
                  else if (child->kind == Kind::Folder)
                      visit(child.get());
              }
          };
    visit(tree->root());
    return all;
}

void CollectionsSidebar::askName(const QString &title, const QString &label, const QString &text,
    std::function<void(const QString &)> done)
{
    // Window-modal and answered through a signal: no nested event loop.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"collectionNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    connect(dialog, &QInputDialog::textValueSelected, this,
        [done = std::move(done)](const QString &value) { done(value.trimmed()); });
    dialog->open();
}

void CollectionsSidebar::newRequest()
{
    QString file = selectedFile();
    if (file.isEmpty()) {
        say(tr("Select the file the request goes into (or make one with New File)."), true);
        return;
    }
    askName(tr("New Request"), tr("Name of the request (letters, digits, _ and -):"), QString(),
        [this, file](const QString &name) {
            QString error;
            int region = -1;
            if (!m_folder->createRequest(file, name, &region, &error)) {
                say(error, true);
                return;
            }
            const QModelIndex created = m_model->indexFor(file, region);
            m_tree->setCurrentIndex(created);
            say(tr("Request %1 added to %2.").arg(name, file));
        });
}

void CollectionsSidebar::newFile()
{
    if (!m_folder->isOpen()) {
        say(tr("Open a collection folder first."), true);
        return;
    }
    const QString folder = selectedFolder();
    askName(tr("New File"), tr("Name of the .http file:"), QString(),
        [this, folder](const QString &name) {
            QString error;
            QString created;
            if (!m_folder->createFile(folder, name, &created, &error)) {
                say(error, true);
                return;
            }
            m_tree->setCurrentIndex(m_model->indexFor(created));
        });
}

void CollectionsSidebar::newFolder()
{
    if (!m_folder->isOpen()) {
        say(tr("Open a collection folder first."), true);
        return;
    }
    const QString parent = selectedFolder();
    askName(tr("New Folder"), tr("Name of the folder:"), QString(),
        [this, parent](const QString &name) {
            QString error;
            if (!m_folder->createFolder(parent, name, &error)) {
                say(error, true);
                return;
            }
            m_tree->setCurrentIndex(
                m_model->indexFor(parent.isEmpty() ? name : parent + u'/' + name));
        });
}

void CollectionsSidebar::renameSelected()
{
    const Selection current = selection();
    if (current.kind < 0)
        return;
    if (current.kind == int(Kind::Request)) {
        const CollectionTree::Node *node = m_model->nodeAt(m_tree->currentIndex());
        askName(tr("Rename Request"), tr("New name of the request:"), node->request()->name,
            [this, current](const QString &name) {
                QString error;
                if (!m_folder->renameRequest(current.path, current.region, name, &error)) {
                    say(error, true);
                    return;
                }
                m_tree->setCurrentIndex(m_model->indexFor(current.path, current.region));
            });
        return;
    }
    if (current.path == m_textPath && hasUnsavedText()) {
        say(tr("Save or revert the text of %1 first.").arg(m_textPath), true);
        return;
    }
    askName(tr("Rename"), tr("New name:"), lastPart(current.path),
        [this, current](const QString &name) {
            QString error;
            QString renamed;
            if (!m_folder->rename(current.path, name, &renamed, &error)) {
                say(error, true);
                return;
            }
            m_tree->setCurrentIndex(m_model->indexFor(renamed));
        });
}

void CollectionsSidebar::moveSelected()
{
    const Selection current = selection();
    if (current.kind < 0)
        return;
    QStringList targets;
    if (current.kind == int(Kind::Request)) {
        targets = files();
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
        say(tr("There is nowhere else to move it."), true);
        return;
    }
    auto *dialog = new QInputDialog(this);
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

void CollectionsSidebar::moveItem(const QString &path, int region, const QString &target)
{
    QString error;
    if (region >= 0) {
        if (!m_folder->moveRequest(path, region, target, &error)) {
            say(error, true);
            return;
        }
        m_tree->setCurrentIndex(m_model->indexFor(target));
        m_tree->expand(m_model->indexFor(target));
        return;
    }
    if (path == m_textPath && hasUnsavedText()) {
        say(tr("Save or revert the text of %1 first.").arg(m_textPath), true);
        return;
    }
    QString moved;
    if (!m_folder->move(path, target, &moved, &error)) {
        say(error, true);
        return;
    }
    m_tree->setCurrentIndex(m_model->indexFor(moved));
}

void CollectionsSidebar::deleteSelected()
{
    const Selection current = selection();
    if (current.kind < 0)
        return;
    const CollectionTree::Node *node = m_model->nodeAt(m_tree->currentIndex());
    QString question;
    if (current.kind == int(Kind::Request))
        question = tr("Delete the request %1 from %2?").arg(node->name, current.path);
    else if (current.kind == int(Kind::File))
        question = tr("Delete the file %1 and its requests?").arg(current.path);
    else
        question = tr("Delete the folder %1 and everything in it?").arg(current.path);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), question,
        QMessageBox::Yes | QMessageBox::Cancel, this);
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
            say(error, true);
    });
    box->open();
}

void CollectionsSidebar::saveComposerRequest()
{
    if (!m_requestSource)
        return;
    QString error;
    QString saveTarget;
    const std::optional<ApiRequest> request = m_requestSource(&error, &saveTarget);
    if (!request) {
        say(error, true);
        return;
    }
    askWhereToSave(*request, saveTarget, true);
}

void CollectionsSidebar::saveRequest(const ApiRequest &request, const QString &saveTarget)
{
    askWhereToSave(request, saveTarget, false);
}

QString CollectionsSidebar::saveTargetOf(const QString &file, int region) const
{
    const auto tree = m_folder->tree();
    const CollectionTree::Node *node = tree ? tree->find(file, region) : nullptr;
    const QString name = node && node->request() ? node->request()->name : QString();
    return m_folder->absolutePath(file) + u'\n'
        + (name.isEmpty() ? u'#' + QString::number(region) : name);
}

bool CollectionsSidebar::resolveSaveTarget(
    const QString &saveTarget, QString *file, int *region) const
{
    const qsizetype cut = saveTarget.lastIndexOf(u'\n');
    const QString root = m_folder->folder() + u'/';
    if (!m_folder->isOpen() || cut < 0 || !saveTarget.startsWith(root))
        return false;
    *file = saveTarget.left(cut).mid(root.size());
    const QString key = saveTarget.mid(cut + 1);
    const CollectionTree::Node *node = m_folder->tree()->find(*file);
    if (!node || !node->content)
        return false;
    if (key.startsWith(u'#')) {
        bool ok = false;
        *region = key.mid(1).toInt(&ok);
        return ok && *region >= 0 && *region < node->content->regions.size()
            && node->content->regions.at(*region).hasRequest()
            && node->content->regions.at(*region).name.isEmpty();
    }
    for (const auto &child : node->children) {
        if (child->request() && child->request()->name == key) {
            *region = child->region;
            return true;
        }
    }
    return false;
}

bool CollectionsSidebar::saveTo(
    const QString &saveTarget, const ApiRequest &request, QString *error)
{
    QString file;
    int region = -1;
    if (!resolveSaveTarget(saveTarget, &file, &region)) {
        *error = tr("The request this tab was opened from is not in the open collection any "
                    "more: save it with Save Request in the Collections tab.");
        return false;
    }
    const QString name = m_folder->tree()->find(file, region)->request()->name;
    QStringList dropped;
    int saved = -1;
    if (!m_folder->saveRequest(
            file, CollectionRequest::toRegion(request, name, &dropped), &saved, error, region))
        return false;
    return true;
}

void CollectionsSidebar::askWhereToSave(
    const ApiRequest &request, const QString &saveTarget, bool fromComposer)
{
    if (!m_folder->isOpen()) {
        say(tr("Open a collection folder first (the folder icon above the tree)."), true);
        return;
    }
    // Offered: where the request was opened from, else the selected file.
    QString originFile;
    int originRegion = -1;
    QString originName;
    if (resolveSaveTarget(saveTarget, &originFile, &originRegion))
        originName = m_folder->tree()->find(originFile, originRegion)->request()->name;
    else
        originFile.clear();
    auto *dialog = new SaveRequestDialog(
        files(), originFile.isEmpty() ? selectedFile() : originFile, originName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, request, originFile, originRegion, originName, fromComposer] {
            const QString file = dialog->file();
            const QString name = dialog->name();
            // Saving back where the request was opened from replaces it (an unnamed one gets
            // its name); another name is another request.
            const bool backToOrigin = !originFile.isEmpty() && file == originFile
                && (name == originName || originName.isEmpty());
            const int replace = backToOrigin ? originRegion : -1;
            if (!backToOrigin && m_folder->hasRequest(file, name)) {
                auto *box = new QMessageBox(QMessageBox::Question, tr("Replace Request"),
                    tr("%1 has a request named %2 already. Replace it?").arg(file, name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
                box->setObjectName(u"collectionReplaceQuestion"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setWindowModality(Qt::WindowModal);
                connect(box, &QMessageBox::finished, this,
                    [this, request, file, name, fromComposer](int answer) {
                        if (answer == QMessageBox::Yes)
                            saveAs(request, file, name, -1, fromComposer);
                    });
                box->open();
                return;
            }
            saveAs(request, file, name, replace, fromComposer);
        });
    dialog->open();
}

void CollectionsSidebar::saveAs(const ApiRequest &request, const QString &file, const QString &name,
    int replaceRegion, bool fromComposer)
{
    QStringList dropped;
    const HttpRegion region = CollectionRequest::toRegion(request, name, &dropped);
    QString error;
    int saved = -1;
    if (!m_folder->saveRequest(file, region, &saved, &error, replaceRegion)) {
        say(error, true);
        return;
    }
    m_tree->setCurrentIndex(m_model->indexFor(file, saved));
    if (fromComposer)
        Q_EMIT composerRequestSaved(name, saveTargetOf(file, saved));
    if (dropped.isEmpty())
        say(tr("Saved %1 in %2.").arg(name, file));
    else
        say(tr("Saved %1 in %2 without %3: a credential is not written into a file "
               "(the session's token is added when the request runs).")
                .arg(name, file, dropped.join(u", "_s)));
}

void CollectionsSidebar::openSelectedRequest(const QModelIndex &index)
{
    const CollectionTree::Node *node = m_model->nodeAt(index);
    if (!index.isValid() || !node)
        return;
    if (node->kind != Kind::Request) {
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
        return;
    }
    const HttpRegion *region = node->request();
    Q_EMIT requestOpened(CollectionRequest::toApiRequest(*region), region->name,
        saveTargetOf(node->relativePath, node->region));
    say(tr("Opened %1 from %2: Save Request writes your changes back into it.")
            .arg(node->name, node->relativePath));
}

bool CollectionsSidebar::importPostman(
    const QString &collection, const QString &environment, QString *report)
{
    if (!m_folder->isOpen()) {
        *report = tr("Open a collection folder first.");
        return false;
    }
    QByteArray collectionBytes;
    QByteArray environmentBytes;
    if (!PostmanFiles::read(collection, &collectionBytes, report)
        || (!environment.isEmpty() && !PostmanFiles::read(environment, &environmentBytes, report)))
        return false;
    const PostmanImport::Result result = PostmanImport::fromJson(collectionBytes, environmentBytes);
    if (!result.ok()) {
        *report = collection + u": " + result.error;
        return false;
    }
    // A folder of its own, named after the file, beside what is selected.
    QString name = QFileInfo(collection).completeBaseName();
    name.remove(u".postman_collection"_s);
    QString target = selectedFolder();
    QString relative = target.isEmpty() ? name : target + u'/' + name;
    for (int n = 2; QFileInfo::exists(m_folder->absolutePath(relative)); ++n)
        relative = (target.isEmpty() ? name : target + u'/' + name) + u'-' + QString::number(n);
    QString error;
    if (!PostmanImport::write(result, m_folder->absolutePath(relative), &error)) {
        *report = error;
        m_folder->reload();
        return false;
    }
    m_folder->reload();
    m_tree->setCurrentIndex(m_model->indexFor(relative));
    m_tree->expand(m_model->indexFor(relative));
    *report = tr("%n request(s) imported into %1.", nullptr, result.requests).arg(relative);
    if (!result.notImported.isEmpty())
        *report += u' ' + tr("Not imported: %1").arg(result.notImported.join(u"; "_s));
    return true;
}

bool CollectionsSidebar::exportPostman(const QString &output, QString *report)
{
    if (!m_folder->isOpen()) {
        *report = tr("Open a collection folder first.");
        return false;
    }
    QStringList notes;
    if (PostmanFiles::exportCollection(m_folder->folder(), output, &notes, report)
        != PostmanFiles::Outcome::Done)
        return false;
    *report = tr("Exported to %1 for Postman and newman.").arg(QDir::toNativeSeparators(output));
    if (!notes.isEmpty())
        *report += u' ' + notes.join(u' ');
    return true;
}

void CollectionsSidebar::runSelected()
{
    const Selection current = selection();
    if (current.kind < 0) {
        Q_EMIT runRequested(QString(), -1); // nothing selected: the collection
        return;
    }
    Q_EMIT runRequested(current.path, current.kind == int(Kind::Request) ? current.region : -1);
}

void CollectionsSidebar::chooseImport()
{
    const QString collection = QFileDialog::getOpenFileName(
        this, tr("Import Postman Collection"), QString(), tr("Postman collection (*.json)"));
    if (collection.isEmpty())
        return;
    QString report;
    const bool done = importPostman(collection, QString(), &report);
    say(report, !done);
}

void CollectionsSidebar::chooseExport()
{
    const QString output = QFileDialog::getSaveFileName(this, tr("Export as Postman Collection"),
        m_folder->folder() + u".postman_collection.json"_s, tr("Postman collection (*.json)"));
    if (output.isEmpty())
        return;
    QString report;
    const bool done = exportPostman(output, &report);
    say(report, !done);
}

void CollectionsSidebar::onTreeChanged()
{
    // The tree is read anew: keep what the user had open and selected, by path.
    QStringList expanded;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (m_tree->isExpanded(child)) {
                expanded.append(child.data(CollectionTreeModel::PathRole).toString());
                collect(child);
            }
        }
    };
    collect({});
    const Selection current = selection();
    m_model->setTree(m_folder->tree());
    restoreState(expanded, current);
    m_folderLabel->setText(m_folder->isOpen()
            ? QDir::toNativeSeparators(m_folder->folder())
            : tr("No collection open: open a folder of .http files, or an empty one to start."));
    if (!m_folder->environmentProblem().isEmpty())
        say(m_folder->environmentProblem(), true);
    onTextFileChanged();
    showVariables();
    updateActions();
}

void CollectionsSidebar::restoreState(const QStringList &expanded, const Selection &current)
{
    for (const QString &path : expanded) {
        const QModelIndex index = m_model->indexFor(path);
        if (index.isValid())
            m_tree->expand(index);
    }
    QModelIndex selected = m_model->indexFor(current.path, current.region);
    if (!selected.isValid() && current.region >= 0)
        selected = m_model->indexFor(current.path);
    const QSignalBlocker blocker(m_tree->selectionModel());
    if (selected.isValid())
        m_tree->setCurrentIndex(selected);
}

void CollectionsSidebar::showDetails()
{
    const QString file = selectedFile();
    if (!file.isEmpty() && file != m_textPath) {
        if (hasUnsavedText()) {
            // Never dropped: the editor keeps the other file until it is saved or reverted.
            m_textFile->setText(
                tr("%1 has unsaved changes: save or revert them to see %2.").arg(m_textPath, file));
        } else {
            loadText(file);
        }
    }
    showVariables();
    updateActions();
}

void CollectionsSidebar::showVariables()
{
    m_variables->setRowCount(0);
    const CollectionTree::Node *node = m_model->nodeAt(m_tree->currentIndex());
    const HttpRegion *request
        = node && m_tree->currentIndex().isValid() ? node->request() : nullptr;
    if (!request) {
        m_variablesNote->setText(tr("Select a request to see the variables it uses."));
        return;
    }
    VariableUsage::Sources sources;
    sources.environmentFile = &m_folder->environmentFile();
    const Environment &environment = m_workspace->client()->environment();
    const QStringList names = m_folder->environmentFile().environmentNames();
    for (const QString &candidate : { environment.id, environment.name }) {
        if (names.contains(candidate)) {
            sources.environmentName = candidate;
            break;
        }
    }
    sources.environment = m_workspace->pipeline()->environmentVariables();
    sources.userVariables = m_workspace->userValues();
    sources.userSecretNames = m_workspace->userSecretNames();
    sources.consoleEnvironmentName
        = environment.builtIn ? EnvironmentStore::builtInName(environment.id) : environment.name;
    sources.secretNames = describedSecrets();
    const QList<VariableUsage::Row> rows = VariableUsage::of(*request, *node->content, sources);
    m_variablesNote->setText(rows.isEmpty()
            ? tr("%1 uses no variables.").arg(node->name)
            : tr("%1 uses these variables (values as they are now):").arg(node->name));
    m_variables->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const VariableUsage::Row &usage = rows.at(row);
        m_variables->setItem(row, 0, new QTableWidgetItem(usage.expression));
        auto *value = new QTableWidgetItem(usage.value);
        if (usage.secret)
            value->setToolTip(tr("A secret: its value is not shown."));
        m_variables->setItem(row, 1, value);
        auto *source = new QTableWidgetItem(usage.source);
        source->setToolTip(usage.source);
        if (!usage.resolved)
            source->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_variables->setItem(row, 2, source);
    }
    m_variables->resizeColumnToContents(0);
}

bool CollectionsSidebar::hasUnsavedText() const
{
    return !m_textPath.isEmpty() && m_text->document()->isModified();
}

void CollectionsSidebar::loadText(const QString &file)
{
    QString text;
    QString error;
    if (!m_folder->readText(file, &text, &error)) {
        say(error, true);
        return;
    }
    m_textPath = file;
    m_textBytes = m_folder->tree() ? m_folder->tree()->fileBytes().value(file) : QByteArray();
    m_textGone = false;
    m_text->setPlainText(text);
    m_text->document()->setModified(false);
    m_text->setEnabled(true);
    const auto tree = m_folder->tree();
    const CollectionTree::Node *node = tree ? tree->find(file) : nullptr;
    m_textFile->setText(node && !node->problem.isEmpty()
            ? tr("%1 does not parse: %2").arg(file, node->problem)
            : file);
    updateActions();
}

void CollectionsSidebar::saveText()
{
    if (m_textPath.isEmpty())
        return;
    QString error;
    const QString file = m_textPath;
    // Written as typed: the raw text is the user's, byte for byte. The tree read again shows
    // whether it parses.
    m_textBytes = m_text->toPlainText().toUtf8();
    m_text->document()->setModified(false);
    if (!m_folder->writeText(file, m_text->toPlainText(), &error)) {
        m_text->document()->setModified(true);
        say(error, true);
        return;
    }
    m_textGone = false;
    say(tr("Saved %1.").arg(file));
    loadText(file);
}

bool CollectionsSidebar::askBeforeClosing(std::function<void()> proceed)
{
    if (!hasUnsavedText())
        return true;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Unsaved Collection File"),
        tr("%1 has edits that are not saved. Save them before closing?")
            .arg(QDir::toNativeSeparators(m_textPath)),
        QMessageBox::NoButton, this);
    question->setObjectName(u"unsavedTextQuestion"_s);
    QPushButton *save = question->addButton(QMessageBox::Save);
    save->setObjectName(u"saveText"_s);
    QPushButton *discard = question->addButton(QMessageBox::Discard);
    discard->setObjectName(u"discardText"_s);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Save);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    connect(question, &QMessageBox::finished, this,
        [this, question, save, discard, proceed = std::move(proceed)] {
            if (question->clickedButton() == save) {
                saveText();
                if (hasUnsavedText())
                    return; // not written: the message line says why, and the text stays
            } else if (question->clickedButton() == discard) {
                m_text->document()->setModified(false);
            } else {
                return;
            }
            proceed();
        });
    question->open();
    return false;
}

void CollectionsSidebar::revertText()
{
    if (m_textPath.isEmpty())
        return;
    if (m_textGone) {
        m_textPath.clear();
        m_text->clear();
        m_text->setEnabled(false);
        m_textFile->clear();
        updateActions();
        return;
    }
    loadText(m_textPath);
}

void CollectionsSidebar::onTextFileChanged()
{
    if (m_textPath.isEmpty())
        return;
    const auto tree = m_folder->tree();
    const bool exists = tree && tree->fileBytes().contains(m_textPath);
    const QByteArray now = exists ? tree->fileBytes().value(m_textPath) : QByteArray();
    if (exists && now == m_textBytes)
        return;
    if (!hasUnsavedText()) {
        if (exists) {
            loadText(m_textPath);
        } else {
            m_textPath.clear();
            m_text->clear();
            m_text->setEnabled(false);
            m_textFile->clear();
        }
        return;
    }
    // Unsaved text and another version on disk: the user chooses; nothing is lost meanwhile.
    m_textBytes = now;
    m_textGone = !exists;
    if (m_changedQuestion)
        return; // already asking; the answer takes the file as it is then
    auto *box = new QMessageBox(QMessageBox::Warning, tr("File Changed on Disk"),
        exists ? tr("%1 changed on disk while you were editing it.").arg(m_textPath)
               : tr("%1 was deleted or moved on disk while you were editing it.").arg(m_textPath),
        QMessageBox::NoButton, this);
    box->setObjectName(u"collectionFileChangedQuestion"_s);
    box->setInformativeText(exists ? tr("Keep your text (saving it replaces the file on disk) or "
                                        "load the file from disk (your changes are lost)?")
                                   : tr("Keep your text (saving it writes the file again) or "
                                        "close it (your changes are lost)?"));
    QPushButton *keep = box->addButton(tr("Keep My Text"), QMessageBox::AcceptRole);
    box->addButton(exists ? tr("Load from Disk") : tr("Close It"), QMessageBox::DestructiveRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, keep] {
        if (box->clickedButton() == keep)
            return;
        m_text->document()->setModified(false);
        revertText();
    });
    m_changedQuestion = box;
    box->open();
    m_textFile->setText(tr("%1 changed on disk; your unsaved text is kept.").arg(m_textPath));
}

void CollectionsSidebar::updateActions()
{
    const bool open = m_folder->isOpen();
    const Selection current = selection();
    m_newRequest->setEnabled(open && !selectedFile().isEmpty());
    m_newFile->setEnabled(open);
    m_newFolder->setEnabled(open);
    m_rename->setEnabled(open && current.kind >= 0);
    m_move->setEnabled(open && current.kind >= 0);
    m_delete->setEnabled(open && current.kind >= 0);
    m_saveRequest->setEnabled(open);
    m_importPostman->setEnabled(open);
    m_exportPostman->setEnabled(open);
    m_reload->setEnabled(open);
    m_run->setEnabled(open);
    m_runAll->setEnabled(open);
    const bool modified = hasUnsavedText();
    m_saveText->setEnabled(modified);
    m_revertText->setEnabled(modified);
    m_details->setTabText(1, modified ? tr("Text •") : tr("Text"));
}

void CollectionsSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CollectionsSidebar::retranslateUi()
{
    m_openFolder->setText(tr("Open Folder…"));
    m_openFolder->setToolTip(tr("Open a folder of .http files as the collection"));
    m_newButton->setText(tr("New"));
    m_newRequest->setText(tr("New Request…"));
    m_newFile->setText(tr("New File…"));
    m_newFolder->setText(tr("New Folder…"));
    m_rename->setText(tr("Rename…"));
    m_move->setText(tr("Move To…"));
    m_delete->setText(tr("Delete…"));
    m_saveRequest->setText(tr("Save Request…"));
    m_saveRequest->setToolTip(tr("Save the composer's request into a file of the collection"));
    m_moreButton->setText(tr("More"));
    m_importPostman->setText(tr("Import Postman Collection…"));
    m_exportPostman->setText(tr("Export as Postman Collection…"));
    m_reload->setText(tr("Read the Folder Again"));
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run the selected request, or every request of the selected file or "
                         "folder (%1)")
                          .arg(m_run->shortcut().toString(QKeySequence::NativeText)));
    m_runAll->setText(tr("Run All"));
    m_runAll->setToolTip(tr("Run every request of the collection (%1)")
                             .arg(m_runAll->shortcut().toString(QKeySequence::NativeText)));
    m_variables->setHorizontalHeaderLabels({ tr("Variable"), tr("Value"), tr("From") });
    m_details->setTabText(0, tr("Variables"));
    m_saveText->setText(tr("Save"));
    m_revertText->setText(tr("Revert"));
    m_folderLabel->setText(m_folder->isOpen()
            ? QDir::toNativeSeparators(m_folder->folder())
            : tr("No collection open: open a folder of .http files, or an empty one to start."));
    updateActions();
}

} // namespace xlink
