#pragma once

#include "ApiOperation.h"
#include "PlaceholderTableWidget.h"
#include "QueryParameters.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace xlink {

// The composer's query parameters as name/value rows, kept in step with the path both ways (the
// composer calls showQueryOf() when the path changes and asks pathWithQuery() when a row
// changes). An operation's optional parameters are offered as rows of their own until they
// have a value.
class QueryParametersTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryParametersTable)

public:
    explicit QueryParametersTable(QWidget *parent = nullptr);
    ~QueryParametersTable() override;

    // The rows of `path`'s query string (hints offered while the path is `hintsPath`).
    void showQueryOf(const QString &path);
    // `path` with the rows as its query string.
    QString pathWithQuery(const QString &path) const;
    // The parameters of a picked operation, documented in the rows; for `path` (no query).
    void setHints(QList<ApiParameter> hints, const QString &path);

    PlaceholderTableWidget *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    // The user changed the rows: the path should follow.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<ApiParameter> m_hints;
    QString m_hintsPath; // the path they belong to (without its query)
    QLabel *m_label;
    PlaceholderTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace xlink
