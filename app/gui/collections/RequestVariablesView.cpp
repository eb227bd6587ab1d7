#include "RequestVariablesView.h"

#include "ApiClient.h"
#include "ApiDescription.h"
#include "CallPipeline.h"
#include "CallWorkspace.h"
#include "CollectionFolder.h"
#include "EnvironmentStore.h"
#include "VariableUsage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// The names the API description marks secret (the last part of a path).
QSet<QString> describedSecrets()
{
    static const QSet<QString> names = [] {
        QSet<QString> all;
        for (const ApiOperation &operation : ApiDescription::builtin().operations()) {
            for (const QString &field : operation.secretFields)
                all.insert(field.mid(field.lastIndexOf(u'.') + 1));
        }
        return all;
    }();
    return names;
}

} // namespace

RequestVariablesView::RequestVariablesView(
    CallWorkspace *workspace, const CollectionFolder *folder, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_folder(folder)
{
    m_table = new PlaceholderTableWidget(0, 3, this);
    m_table->setObjectName(u"collectionVariables"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note = new QLabel(this);
    m_note->setObjectName(u"requestVariablesNote"_s);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

RequestVariablesView::~RequestVariablesView() = default;

void RequestVariablesView::showRequest(const CollectionTree::Node *node)
{
    m_table->setRowCount(0);
    const HttpRegion *request = node ? node->request() : nullptr;
    m_showsRequest = request != nullptr;
    m_table->setPlaceholderText(placeholderText());
    // An empty table says itself why it is empty; the line above heads a table with rows.
    m_note->hide();
    if (!request)
        return;
    VariableUsage::Sources sources;
    sources.environmentFile = &m_folder->environmentFile();
    const Environment &environment = m_workspace->client()->environment();
    const QStringList names = m_folder->environmentFile().environmentNames();
    for (const QString &candidate : { environment.id, environment.name }) {
        if (names.contains(candidate)) {
            sources.environmentName = candidate;
            break;
        }
    }
    sources.environment = m_workspace->pipeline()->environmentVariables();
    sources.userVariables = m_workspace->userValues();
    sources.userSecretNames = m_workspace->userSecretNames();
    sources.consoleEnvironmentName
        = environment.builtIn ? EnvironmentStore::builtInName(environment.id) : environment.name;
    sources.secretNames = describedSecrets();
    const QList<VariableUsage::Row> rows = VariableUsage::of(*request, *node->content, sources);
    m_note->setText(tr("%1 uses these variables (values as they are now):").arg(node->name));
    m_note->setVisible(!rows.isEmpty());
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const VariableUsage::Row &usage = rows.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(usage.expression));
        auto *value = new QTableWidgetItem(usage.value);
        if (usage.secret)
            value->setToolTip(tr("A secret: its value is not shown."));
        m_table->setItem(row, 1, value);
        auto *source = new QTableWidgetItem(usage.source);
        source->setToolTip(usage.source);
        if (!usage.resolved)
            source->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_table->setItem(row, 2, source);
    }
    m_table->resizeColumnToContents(0);
}

void RequestVariablesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RequestVariablesView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({ tr("Variable"), tr("Value"), tr("From") });
    m_table->setPlaceholderText(placeholderText());
}

QString RequestVariablesView::placeholderText() const
{
    // What the empty table says (also where the focus is, when Tab reaches it).
    return m_showsRequest ? tr("This request uses no variables.") : tr("No request selected.");
}

} // namespace xlink
