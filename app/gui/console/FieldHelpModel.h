#pragma once

#include "RequestFields.h"
#include "util/Language.h"

#include <QAbstractTableModel>

namespace xlink {

// The request fields of one operation as a table: field (its JSON path), type, required,
// limits (enum, lengths, ranges, pattern, format) and description in the interface language.
class FieldHelpModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldHelpModel)

public:
    enum Column { FieldColumn, TypeColumn, RequiredColumn, LimitsColumn, DescriptionColumn };
    enum Role { PathRole = Qt::UserRole + 1 };

    explicit FieldHelpModel(QObject *parent = nullptr);
    ~FieldHelpModel() override;

    void setFields(QList<ApiField> fields);
    const QList<ApiField> &fields() const { return m_fields; }
    void setLanguage(Language language);
    // The row of the field a value at `valuePath` (`$.list[2].name`) belongs to, or of its
    // nearest listed parent; -1 when none.
    int rowFor(const QString &valuePath) const;

    // The field's entry in one text: what the tooltip over the body shows.
    QString entryText(int row) const;
    QString limitsText(const ApiField &field) const;
    QString typeText(const ApiField &field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApiField> m_fields;
    Language m_language = Language::English;
};

} // namespace xlink
