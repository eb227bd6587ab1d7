#include "RequestHeadersTable.h"

#include "ComposerTables.h"
#include "call/Redactor.h"

#include <QEvent>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

constexpr int tokenRow = 0;

bool isAutomaticHeader(QByteArrayView name)
{
    return name.compare("Access-Token", Qt::CaseInsensitive) == 0
        || name.compare("Content-Type", Qt::CaseInsensitive) == 0
        || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
}

} // namespace

RequestHeadersTable::RequestHeadersTable(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_table(new QTableWidget(1, 2, this))
    , m_add(ComposerTables::compactButton(this))
    , m_remove(ComposerTables::compactButton(this))
{
    m_table->setObjectName(u"headers"_s);
    ComposerTables::setUp(m_table, u"X-Sandbox-Fault"_s);
    m_remove->setObjectName(u"removeHeader"_s);
    connect(m_add, &QToolButton::clicked, this, [this] { ComposerTables::editNewRow(m_table); });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row > tokenRow)
            m_table->removeRow(row);
        else if (row == tokenRow)
            Q_EMIT tokenRowRemoveRequested();
    });
    ComposerTables::layOut(this, m_label, m_add, m_remove, m_table);
    retranslateUi();
}

RequestHeadersTable::~RequestHeadersTable() = default;

HeaderList RequestHeadersTable::userHeaders() const
{
    HeaderList headers;
    for (int row = tokenRow + 1; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (key.isEmpty())
            continue;
        headers.append({ key.toLatin1(), value ? value->text().trimmed().toUtf8() : QByteArray() });
    }
    return headers;
}

void RequestHeadersTable::setUserHeaders(const HeaderList &headers)
{
    m_table->setRowCount(tokenRow + 1);
    for (const auto &[name, value] : headers) {
        if (isAutomaticHeader(name))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
}

void RequestHeadersTable::showTokenSource(TokenSource source, const QString &otherHost)
{
    m_tokenSource = source;
    m_otherHost = otherHost;
    showTokenRow();
}

void RequestHeadersTable::showTokenRow()
{
    const QString marker = QString::fromLatin1(Redactor::placeholder());
    QString text;
    QString toolTip = tr("Added to every call from the session; never shown.");
    switch (m_tokenSource) {
    case TokenSource::Session:
        text = marker;
        break;
    case TokenSource::NotLoggedIn:
        text = tr("(added once you are logged in)");
        break;
    case TokenSource::Pasted:
        text = tr("%1 (pasted: for this request only, never stored)").arg(marker);
        toolTip = tr("The token that came with the pasted curl command. It is sent with this "
                     "request instead of the session's, is never stored, and is redacted in the "
                     "history and the log. Select this row and Remove to drop it.");
        break;
    case TokenSource::OtherHost:
        text = tr("(not sent: %1 is not this environment's host)").arg(m_otherHost);
        break;
    }
    auto *name = new QTableWidgetItem(u"Access-Token"_s);
    auto *value = new QTableWidgetItem(text);
    for (QTableWidgetItem *item : { name, value }) {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        item->setToolTip(toolTip);
    }
    m_table->setItem(tokenRow, 0, name);
    m_table->setItem(tokenRow, 1, value);
}

void RequestHeadersTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RequestHeadersTable::retranslateUi()
{
    m_label->setText(tr("Headers:"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    showTokenRow();
}

} // namespace xlink
