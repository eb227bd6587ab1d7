#pragma once

#include "catalogue/ErrorCatalogue.h"
#include "util/Language.h"

#include <QAbstractTableModel>

#include <memory>

namespace xlink {

// The catalogue as a table: code, then the message in the primary language, then in the other
// one, so both are always visible and the user's language reads first.
class CodeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeTableModel)

public:
    enum Column { CodeColumn, PrimaryColumn, SecondaryColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // int, e.g. 4031003
        HttpStatusRole, // int, e.g. 403
    };

    explicit CodeTableModel(QObject *parent = nullptr);
    ~CodeTableModel() override;

    void setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue);
    const ErrorCatalogue &catalogue() const { return *m_catalogue; }
    std::shared_ptr<const ErrorCatalogue> sharedCatalogue() const { return m_catalogue; }

    // The primary language decides the order of the two message columns.
    void setLanguage(Language language);
    Language language() const { return m_language; }
    Language languageOfColumn(int column) const;

    const CatalogueEntry *entryAt(int row) const;
    int rowOfCode(int code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const CatalogueEntry &entry) const;

    std::shared_ptr<const ErrorCatalogue> m_catalogue;
    Language m_language = Language::English;
};

} // namespace xlink
