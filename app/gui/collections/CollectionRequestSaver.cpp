#include "CollectionRequestSaver.h"

#include "CollectionFolder.h"
#include "CollectionRequest.h"
#include "CollectionTreeView.h"
#include "SaveRequestDialog.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace xlink {

CollectionRequestSaver::CollectionRequestSaver(
    CollectionFolder *folder, CollectionTreeView *tree, QWidget *owner)
    : QObject(owner)
    , m_folder(folder)
    , m_tree(tree)
    , m_owner(owner)
{
    m_saveRequest = new QAction(owner);
    m_saveRequest->setObjectName(u"saveRequestToCollection"_s);
    connect(m_saveRequest, &QAction::triggered, this, &CollectionRequestSaver::saveComposerRequest);
    owner->addAction(m_saveRequest);
    retranslateUi();
}

CollectionRequestSaver::~CollectionRequestSaver() = default;

void CollectionRequestSaver::saveComposerRequest()
{
    if (!m_requestSource)
        return;
    QString error;
    QString saveTarget;
    const std::optional<ApiRequest> request = m_requestSource(&error, &saveTarget);
    if (!request) {
        Q_EMIT message(error, true);
        return;
    }
    askWhereToSave(*request, saveTarget, true);
}

void CollectionRequestSaver::saveRequest(const ApiRequest &request, const QString &saveTarget)
{
    askWhereToSave(request, saveTarget, false);
}

QString CollectionRequestSaver::saveTargetOf(const QString &file, int region) const
{
    const auto tree = m_folder->tree();
    const CollectionTree::Node *node = tree ? tree->find(file, region) : nullptr;
    const QString name = node && node->request() ? node->request()->name : QString();
    return m_folder->absolutePath(file) + u'\n'
        + (name.isEmpty() ? u'#' + QString::number(region) : name);
}

bool CollectionRequestSaver::resolveSaveTarget(
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

bool CollectionRequestSaver::saveTo(
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
    return m_folder->saveRequest(
        file, CollectionRequest::toRegion(request, name, &dropped), &saved, error, region);
}

void CollectionRequestSaver::askWhereToSave(
    const ApiRequest &request, const QString &saveTarget, bool fromComposer)
{
    if (!m_folder->isOpen()) {
        Q_EMIT message(
            tr("Open a collection folder first (the folder icon above the tree)."), true);
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
    auto *dialog = new SaveRequestDialog(m_tree->files(),
        originFile.isEmpty() ? m_tree->selectedFile() : originFile, originName, m_owner);
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
                    QMessageBox::Yes | QMessageBox::Cancel, m_owner);
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

void CollectionRequestSaver::saveAs(const ApiRequest &request, const QString &file,
    const QString &name, int replaceRegion, bool fromComposer)
{
    QStringList dropped;
    const HttpRegion region = CollectionRequest::toRegion(request, name, &dropped);
    QString error;
    int saved = -1;
    if (!m_folder->saveRequest(file, region, &saved, &error, replaceRegion)) {
        Q_EMIT message(error, true);
        return;
    }
    m_tree->select(file, saved);
    if (fromComposer)
        Q_EMIT composerRequestSaved(name, saveTargetOf(file, saved));
    if (dropped.isEmpty())
        Q_EMIT message(tr("Saved %1 in %2.").arg(name, file), false);
    else
        Q_EMIT message(tr("Saved %1 in %2 without %3: a credential is not written into a file "
                          "(the session's token is added when the request runs).")
                           .arg(name, file, dropped.join(u", "_s)),
            false);
}

void CollectionRequestSaver::updateActions()
{
    m_saveRequest->setEnabled(m_folder->isOpen());
}

void CollectionRequestSaver::retranslateUi()
{
    m_saveRequest->setText(tr("Save Request…"));
    m_saveRequest->setToolTip(tr("Save the composer's request into a file of the collection"));
}

} // namespace xlink
