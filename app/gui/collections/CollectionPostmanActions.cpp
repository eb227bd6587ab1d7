#include "CollectionPostmanActions.h"

#include "CollectionFolder.h"
#include "CollectionTreeModel.h"
#include "CollectionTreeView.h"
#include "PostmanFiles.h"
#include "PostmanImport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace xlink {

CollectionPostmanActions::CollectionPostmanActions(
    CollectionFolder *folder, CollectionTreeView *tree, QWidget *owner)
    : QObject(owner)
    , m_folder(folder)
    , m_tree(tree)
    , m_owner(owner)
{
    m_import = new QAction(owner);
    m_import->setObjectName(u"importPostman"_s);
    connect(m_import, &QAction::triggered, this, &CollectionPostmanActions::chooseImport);
    owner->addAction(m_import);
    m_export = new QAction(owner);
    m_export->setObjectName(u"exportPostman"_s);
    connect(m_export, &QAction::triggered, this, &CollectionPostmanActions::chooseExport);
    owner->addAction(m_export);
    retranslateUi();
}

CollectionPostmanActions::~CollectionPostmanActions() = default;

bool CollectionPostmanActions::importPostman(
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
    QString target = m_tree->selectedFolder();
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
    m_tree->select(relative);
    m_tree->expand(m_tree->collectionModel()->indexFor(relative));
    *report = tr("%n request(s) imported into %1.", nullptr, result.requests).arg(relative);
    if (!result.notImported.isEmpty())
        *report += u' ' + tr("Not imported: %1").arg(result.notImported.join(u"; "_s));
    return true;
}

bool CollectionPostmanActions::exportPostman(const QString &output, QString *report)
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

void CollectionPostmanActions::chooseImport()
{
    const QString collection = QFileDialog::getOpenFileName(
        m_owner, tr("Import Postman Collection"), QString(), tr("Postman collection (*.json)"));
    if (collection.isEmpty())
        return;
    QString report;
    const bool done = importPostman(collection, QString(), &report);
    Q_EMIT message(report, !done);
}

void CollectionPostmanActions::chooseExport()
{
    const QString output = QFileDialog::getSaveFileName(m_owner, tr("Export as Postman Collection"),
        m_folder->folder() + u".postman_collection.json"_s, tr("Postman collection (*.json)"));
    if (output.isEmpty())
        return;
    QString report;
    const bool done = exportPostman(output, &report);
    Q_EMIT message(report, !done);
}

void CollectionPostmanActions::updateActions()
{
    m_import->setEnabled(m_folder->isOpen());
    m_export->setEnabled(m_folder->isOpen());
}

void CollectionPostmanActions::retranslateUi()
{
    m_import->setText(tr("Import Postman Collection…"));
    m_export->setText(tr("Export as Postman Collection…"));
}

} // namespace xlink
