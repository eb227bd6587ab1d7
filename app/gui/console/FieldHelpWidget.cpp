#include "FieldHelpWidget.h"

#include "ApiDescription.h"
#include "FieldHelpModel.h"
#include "JsonPathAtCursor.h"
#include "util/Translations.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

// Past this size the body is not scanned for the field at the cursor: a key press in a huge
// body must not wait for a scan of everything before it.
constexpr int scanLimit = 1 << 20;

} // namespace

FieldHelpWidget::FieldHelpWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new FieldHelpModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"fieldHelp"_s);
    m_view->setObjectName(u"fieldHelpTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_title->setWordWrap(true);
    m_title->setBuddy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    retranslateUi();
}

FieldHelpWidget::~FieldHelpWidget()
{
    if (m_editor)
        m_editor->viewport()->removeEventFilter(this);
}

void FieldHelpWidget::setOperation(const ApiOperation *operation)
{
    if (operation == m_operation)
        return;
    m_operation = operation;
    m_model->setFields(
        operation ? RequestFields::of(ApiDescription::builtin(), *operation) : QList<ApiField>());
    m_view->resizeColumnsToContents();
    retranslateUi();
    followCursor();
}

bool FieldHelpWidget::hasFields() const
{
    return m_model->rowCount() > 0;
}

void FieldHelpWidget::attachTo(QPlainTextEdit *editor)
{
    m_editor = editor;
    editor->viewport()->installEventFilter(this);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &FieldHelpWidget::followCursor);
}

int FieldHelpWidget::rowAt(int position) const
{
    if (!m_editor || !hasFields() || m_editor->document()->characterCount() > scanLimit)
        return -1;
    const QString path = JsonPathAtCursor::pathAt(m_editor->toPlainText(), position);
    return path.isEmpty() ? -1 : m_model->rowFor(path);
}

QString FieldHelpWidget::entryAt(int position) const
{
    return m_model->entryText(rowAt(position));
}

void FieldHelpWidget::followCursor()
{
    if (!m_editor)
        return;
    const int row = rowAt(m_editor->textCursor().position());
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

bool FieldHelpWidget::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the editor is being destroyed its viewport still sends events,
    // and reading the QPointer then would cast an object that is no longer an editor.
    if (event->type() == QEvent::ToolTip && m_editor && watched == m_editor->viewport()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = m_editor->cursorForPosition(help->pos());
        const QString entry = entryAt(cursor.position());
        if (entry.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), entry, m_editor->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FieldHelpWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FieldHelpWidget::retranslateUi()
{
    m_model->setLanguage(Translations::current());
    m_title->setText(m_operation
            ? tr("Fields of %1 %2 (bold: required)").arg(m_operation->method, m_operation->path)
            : tr("Fields"));
}

} // namespace xlink
