#pragma once

#include "catalogue/ErrorCatalogue.h"
#include "catalogue/UserCatalogue.h"

#include <QObject>

#include <memory>

namespace xlink {

// The catalogue the console shows: the built-in one merged with the user's imported pages
// (UserCatalogue). Widgets never read or write files themselves; they ask this object, which
// announces a new catalogue after an import.
class CatalogueController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueController)

public:
    explicit CatalogueController(QObject *parent = nullptr);
    ~CatalogueController() override;

    // Loads the merged catalogue; `warning` is set when the user's file was damaged and moved
    // aside (the built-in catalogue is used then).
    void load(QString *warning = nullptr);
    std::shared_ptr<const ErrorCatalogue> catalogue() const { return m_catalogue; }

    // Parses and compares a page without writing anything: what an import would do.
    UserCatalogue::ImportReport preview(const QString &pagePath) const;
    // Imports the page into the user catalogue and, when that succeeds, reloads and announces
    // the new catalogue.
    UserCatalogue::ImportReport import(const QString &pagePath);

Q_SIGNALS:
    void catalogueChanged(std::shared_ptr<const ErrorCatalogue> catalogue);

private:
    std::shared_ptr<const ErrorCatalogue> m_catalogue;
};

} // namespace xlink
