#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace xlink {

class CollectionFolder;
class CollectionTreeView;

// Postman interchange for the open collection: import a Postman collection (and environment)
// into a new folder beside the selection, and export the collection as a Postman collection
// that newman runs. PostmanImport, PostmanExport and PostmanFiles do the work; this asks for
// the files (over `owner`) and says what came of it.
class CollectionPostmanActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionPostmanActions)

public:
    CollectionPostmanActions(CollectionFolder *folder, CollectionTreeView *tree, QWidget *owner);
    ~CollectionPostmanActions() override;

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    // Imports a Postman collection (and environment) into a new folder of the collection.
    bool importPostman(const QString &collection, const QString &environment, QString *report);
    // Exports the open collection as a Postman collection.
    bool exportPostman(const QString &output, QString *report);

    void updateActions();
    void retranslateUi();

Q_SIGNALS:
    // Something to tell the user (`problem`: it went wrong).
    void message(const QString &text, bool problem);

private:
    void chooseImport();
    void chooseExport();

    CollectionFolder *m_folder;
    CollectionTreeView *m_tree;
    QWidget *m_owner;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace xlink
