#include "QueryParametersTable.h"

#include "ComposerTables.h"
#include "util/Translations.h"

#include <QEvent>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xlink {

QueryParametersTable::QueryParametersTable(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_table(new PlaceholderTableWidget(0, 2, this))
{
    m_table->setObjectName(u"query"_s);
    ComposerTables::setUp(m_table, u"product_id"_s);
    m_label->setBuddy(m_table);
    // Sized to their words: the columns above the tables are narrow at 1000×650.
    m_add = ComposerTables::compactButton(this);
    m_remove = ComposerTables::compactButton(this);
    connect(m_table, &QTableWidget::itemChanged, this, &QueryParametersTable::edited);
    connect(m_add, &QToolButton::clicked, this, [this] { ComposerTables::editNewRow(m_table); });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        Q_EMIT edited();
    });
    ComposerTables::layOut(this, m_label, m_add, m_remove, m_table);
    retranslateUi();
}

QueryParametersTable::~QueryParametersTable() = default;

void QueryParametersTable::setHints(QList<ApiParameter> hints, const QString &path)
{
    m_hints = std::move(hints);
    m_hintsPath = path;
}

void QueryParametersTable::showQueryOf(const QString &path)
{
    const QList<QueryParameters::Pair> pairs = QueryParameters::parse(path);
    if (!m_hints.isEmpty() && path.section(u'?', 0, 0) != m_hintsPath)
        m_hints.clear(); // another path: the picked operation's parameters do not apply
    const QSignalBlocker blocker(m_table);
    // Rows still being typed (no name yet) stay below the path's own parameters.
    QList<QueryParameters::Pair> unnamed;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (!name || name->text().isEmpty())
            unnamed.append({ QString(), value ? value->text() : QString() });
    }
    // The picked operation's optional parameters not in the path yet, offered below its own.
    QList<const ApiParameter *> offered;
    for (const ApiParameter &hint : std::as_const(m_hints)) {
        const bool inPath = std::any_of(pairs.cbegin(), pairs.cend(),
            [&](const QueryParameters::Pair &pair) { return pair.first == hint.name; });
        if (!inPath && !hint.required)
            offered.append(&hint);
    }
    m_table->setRowCount(int(pairs.size() + offered.size() + unnamed.size()));
    const Language language = Translations::current();
    int row = 0;
    for (const auto &[name, value] : pairs) {
        auto *nameItem = new QTableWidgetItem(name);
        for (const ApiParameter &hint : std::as_const(m_hints)) {
            if (hint.name != name)
                continue;
            nameItem->setToolTip((hint.required ? tr("Required.") : tr("Optional.")) + u' '
                + hint.description.in(language));
            QFont font = nameItem->font();
            font.setBold(hint.required);
            nameItem->setFont(font);
        }
        m_table->setItem(row, 0, nameItem);
        m_table->setItem(row, 1, new QTableWidgetItem(value));
        ++row;
    }
    for (const ApiParameter *hint : std::as_const(offered)) {
        // Not in the path (nor sent) until it has a value; its name is the operation's.
        auto *nameItem = new QTableWidgetItem(hint->name);
        nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        nameItem->setData(Qt::UserRole, true);
        nameItem->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        nameItem->setToolTip(
            tr("Optional: sent once it has a value.") + u' ' + hint->description.in(language));
        m_table->setItem(row, 0, nameItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
        ++row;
    }
    for (const auto &[name, value] : std::as_const(unnamed)) {
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
        ++row;
    }
}

QString QueryParametersTable::pathWithQuery(const QString &path) const
{
    QList<QueryParameters::Pair> pairs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const bool offered = name && name->data(Qt::UserRole).toBool();
        if (offered && (!value || value->text().isEmpty()))
            continue; // an optional parameter left empty is not sent
        pairs.append({ name ? name->text() : QString(), value ? value->text() : QString() });
    }
    return QueryParameters::withQuery(path, pairs);
}

void QueryParametersTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QueryParametersTable::retranslateUi()
{
    m_label->setText(tr("&Query parameters:"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_add->setText(tr("Add"));
    // Empty, the table says so (and shows the focus when Tab reaches it), naming the button as
    // it shows, whatever the translation calls it.
    m_table->setPlaceholderText(
        tr("No parameters yet: %1 adds one, or type them in the path.").arg(m_add->text()));
    m_add->setToolTip(tr("Add a query parameter"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected query parameter"));
}

} // namespace xlink
