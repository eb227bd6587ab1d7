#include "CollectionsSidebar.h"

#include "CallWorkspace.h"
#include "CollectionFileEditor.h"
#include "CollectionFolder.h"
#include "CollectionItemActions.h"
#include "CollectionPostmanActions.h"
#include "CollectionRequest.h"
#include "CollectionRequestSaver.h"
#include "CollectionRunActions.h"
#include "CollectionTreeView.h"
#include "RequestVariablesView.h"
#include "console/MessageLine.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

CollectionsSidebar::CollectionsSidebar(
    CallWorkspace *workspace, MessageLineSource messages, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(std::move(messages))
{
    setObjectName(u"collectionsSidebar"_s);
    m_folder = new CollectionFolder(this);

    // Made in the order they are laid out, top to bottom: the order Tab goes through them.
    auto *openButton = new QToolButton(this);
    m_newButton = new QToolButton(this);
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    auto *saveButton = new QToolButton(this);
    auto *runButton = new QToolButton(this);
    runButton->setObjectName(u"runCollectionButton"_s);
    runButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_moreButton = new QToolButton(this);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(u"collectionFolder"_s);
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree = new CollectionTreeView(this);
    m_variables = new RequestVariablesView(m_workspace, m_folder, this);
    m_editor = new CollectionFileEditor(m_folder, this);
    m_details = new QTabWidget(this);
    m_details->addTab(m_variables, QString());
    m_details->addTab(m_editor, QString());

    m_openFolder = new QAction(this);
    m_openFolder->setObjectName(u"openCollectionFolder"_s);
    connect(m_openFolder, &QAction::triggered, this, &CollectionsSidebar::chooseFolder);
    addAction(m_openFolder);
    m_items = new CollectionItemActions(m_folder, m_tree, m_editor, this);
    m_saver = new CollectionRequestSaver(m_folder, m_tree, this);
    m_postman = new CollectionPostmanActions(m_folder, m_tree, this);
    m_reload = new QAction(this);
    m_reload->setObjectName(u"reloadCollection"_s);
    connect(m_reload, &QAction::triggered, m_folder, &CollectionFolder::reload);
    addAction(m_reload);
    m_runs = new CollectionRunActions(m_folder, m_tree, this);
    connect(m_items, &CollectionItemActions::message, this, &CollectionsSidebar::say);
    connect(m_saver, &CollectionRequestSaver::message, this, &CollectionsSidebar::say);
    connect(m_postman, &CollectionPostmanActions::message, this, &CollectionsSidebar::say);
    connect(m_editor, &CollectionFileEditor::message, this, &CollectionsSidebar::say);
    connect(m_saver, &CollectionRequestSaver::composerRequestSaved, this,
        &CollectionsSidebar::composerRequestSaved);
    connect(m_runs, &CollectionRunActions::runRequested, this, &CollectionsSidebar::runRequested);

    openButton->setDefaultAction(m_openFolder);
    auto *newMenu = new QMenu(m_newButton);
    newMenu->addActions({ newRequestAction(), newFileAction(), newFolderAction() });
    m_newButton->setMenu(newMenu);
    saveButton->setDefaultAction(saveRequestAction());
    runButton->setDefaultAction(runAction());
    auto *runMenu = new QMenu(runButton);
    runMenu->addActions({ runAction(), runAllAction() });
    runButton->setMenu(runMenu);
    auto *moreMenu = new QMenu(m_moreButton);
    moreMenu->addActions({ importPostmanAction(), exportPostmanAction() });
    moreMenu->addSeparator();
    moreMenu->addAction(m_reload);
    m_moreButton->setMenu(moreMenu);
    m_tree->setContextActions(
        { runAction(), runAllAction(), nullptr, newRequestAction(), newFileAction(),
            newFolderAction(), nullptr, renameAction(), moveAction(), deleteAction() });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(openButton);
    buttons->addWidget(m_newButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(runButton);
    buttons->addStretch();
    buttons->addWidget(m_moreButton);
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

    connect(m_tree, &CollectionTreeView::requestActivated, this, &CollectionsSidebar::openRequest);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CollectionsSidebar::showDetails);
    // The values shown follow the environment's user variables as they are read or edited.
    connect(m_workspace, &CallWorkspace::userValuesChanged, this,
        [this] { m_variables->showRequest(m_tree->selectedNode()); });
    connect(m_editor, &CollectionFileEditor::unsavedTextChanged, this,
        &CollectionsSidebar::updateActions);
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

void CollectionsSidebar::setRequestSource(RequestSource source)
{
    m_saver->setRequestSource(std::move(source));
}

bool CollectionsSidebar::saveTo(
    const QString &saveTarget, const ApiRequest &request, QString *error)
{
    return m_saver->saveTo(saveTarget, request, error);
}

QString CollectionsSidebar::saveTargetOf(const QString &file, int region) const
{
    return m_saver->saveTargetOf(file, region);
}

void CollectionsSidebar::saveRequest(const ApiRequest &request, const QString &saveTarget)
{
    m_saver->saveRequest(request, saveTarget);
}

bool CollectionsSidebar::importPostman(
    const QString &collection, const QString &environment, QString *report)
{
    return m_postman->importPostman(collection, environment, report);
}

bool CollectionsSidebar::exportPostman(const QString &output, QString *report)
{
    return m_postman->exportPostman(output, report);
}

CollectionTreeModel *CollectionsSidebar::model() const
{
    return m_tree->collectionModel();
}
QTreeView *CollectionsSidebar::treeView() const
{
    return m_tree;
}
QTableWidget *CollectionsSidebar::variablesTable() const
{
    return m_variables->table();
}
QPlainTextEdit *CollectionsSidebar::textEditor() const
{
    return m_editor->textEditor();
}
QPushButton *CollectionsSidebar::saveTextButton() const
{
    return m_editor->saveButton();
}
QPushButton *CollectionsSidebar::revertTextButton() const
{
    return m_editor->revertButton();
}
QLabel *CollectionsSidebar::textFileLabel() const
{
    return m_editor->fileLabel();
}
QString CollectionsSidebar::textFile() const
{
    return m_editor->file();
}
bool CollectionsSidebar::hasUnsavedText() const
{
    return m_editor->hasUnsavedText();
}
QAction *CollectionsSidebar::newRequestAction() const
{
    return m_items->newRequestAction();
}
QAction *CollectionsSidebar::newFileAction() const
{
    return m_items->newFileAction();
}
QAction *CollectionsSidebar::newFolderAction() const
{
    return m_items->newFolderAction();
}
QAction *CollectionsSidebar::renameAction() const
{
    return m_items->renameAction();
}
QAction *CollectionsSidebar::moveAction() const
{
    return m_items->moveAction();
}
QAction *CollectionsSidebar::deleteAction() const
{
    return m_items->deleteAction();
}
QAction *CollectionsSidebar::saveRequestAction() const
{
    return m_saver->saveRequestAction();
}
QAction *CollectionsSidebar::importPostmanAction() const
{
    return m_postman->importAction();
}
QAction *CollectionsSidebar::exportPostmanAction() const
{
    return m_postman->exportAction();
}
QAction *CollectionsSidebar::runAction() const
{
    return m_runs->runAction();
}
QAction *CollectionsSidebar::runAllAction() const
{
    return m_runs->runAllAction();
}

bool CollectionsSidebar::askBeforeClosing(std::function<void()> proceed)
{
    return m_editor->askBeforeClosing(std::move(proceed));
}

void CollectionsSidebar::say(const QString &text, bool problem)
{
    if (MessageLine *line = m_messages ? m_messages() : nullptr)
        line->say(text, problem);
}

bool CollectionsSidebar::openFolder(const QString &folder)
{
    if (hasUnsavedText()) {
        say(tr("Save or revert the text of %1 before opening another folder.").arg(textFile()),
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

void CollectionsSidebar::openRequest(const QString &file, int region)
{
    const auto tree = m_folder->tree();
    const CollectionTree::Node *node = tree ? tree->find(file, region) : nullptr;
    if (!node || !node->request())
        return;
    Q_EMIT requestOpened(CollectionRequest::toApiRequest(*node->request()), node->request()->name,
        saveTargetOf(file, region));
    say(tr("Opened %1 from %2: Save Request writes your changes back into it.")
            .arg(node->name, file));
}

void CollectionsSidebar::onTreeChanged()
{
    m_tree->showTree(m_folder->tree());
    showFolderPath();
    m_tree->setPlaceholderText(treePlaceholderText());
    if (!m_folder->environmentProblem().isEmpty())
        say(m_folder->environmentProblem(), true);
    m_editor->onTreeChanged();
    m_variables->showRequest(m_tree->selectedNode());
    updateActions();
}

void CollectionsSidebar::showDetails()
{
    m_editor->showFile(m_tree->selectedFile());
    m_variables->showRequest(m_tree->selectedNode());
    updateActions();
}

void CollectionsSidebar::updateActions()
{
    m_items->updateActions();
    m_saver->updateActions();
    m_postman->updateActions();
    m_runs->updateActions();
    m_reload->setEnabled(m_folder->isOpen());
    m_details->setTabText(1, hasUnsavedText() ? tr("Text •") : tr("Text"));
}

void CollectionsSidebar::showFolderPath()
{
    // Without a folder the tree's own text says how to open one.
    m_folderLabel->setText(
        m_folder->isOpen() ? QDir::toNativeSeparators(m_folder->folder()) : QString());
    m_folderLabel->setVisible(m_folder->isOpen());
}

QString CollectionsSidebar::treePlaceholderText() const
{
    // The buttons named as they show, whatever the translation calls them.
    return m_folder->isOpen()
        ? tr("No .http files in this folder yet: %1 makes one.").arg(m_newButton->text())
        : tr("No folder open: %1 opens one.").arg(m_openFolder->text());
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
    m_moreButton->setText(tr("More"));
    m_reload->setText(tr("Read the Folder Again"));
    m_items->retranslateUi();
    m_saver->retranslateUi();
    m_postman->retranslateUi();
    m_runs->retranslateUi();
    m_details->setTabText(0, tr("Variables"));
    showFolderPath();
    m_tree->setPlaceholderText(treePlaceholderText());
    // The variables view's sentences (above the table, where each value comes from) are made
    // when a request is shown: show it again in the new language.
    m_variables->showRequest(m_tree->selectedNode());
    updateActions();
}

} // namespace xlink
