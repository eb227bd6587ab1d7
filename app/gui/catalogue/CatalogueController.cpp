#include "catalogue/CatalogueController.h"

namespace xlink {

CatalogueController::CatalogueController(QObject *parent)
    : QObject(parent)
    , m_catalogue(std::make_shared<const ErrorCatalogue>(ErrorCatalogue::builtin()))
{ }

CatalogueController::~CatalogueController() = default;

void CatalogueController::load(QString *warning)
{
    m_catalogue = std::make_shared<const ErrorCatalogue>(UserCatalogue::loadMerged(warning));
    Q_EMIT catalogueChanged(m_catalogue);
}

UserCatalogue::ImportReport CatalogueController::preview(const QString &pagePath) const
{
    return UserCatalogue::importPage(pagePath, UserCatalogue::ImportMode::DryRun);
}

UserCatalogue::ImportReport CatalogueController::import(const QString &pagePath)
{
    UserCatalogue::ImportReport report
        = UserCatalogue::importPage(pagePath, UserCatalogue::ImportMode::Write);
    if (report.ok) {
        QString warning;
        load(&warning);
        if (!warning.isEmpty() && report.warning.isEmpty())
            report.warning = warning;
    }
    return report;
}

} // namespace xlink
