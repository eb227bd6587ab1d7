#include "RequestCheckPanel.h"

#include "BodyCheckRunner.h"
#include "RequestCheck.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

// Enough to see what is wrong; the rest is counted.
constexpr int shownProblems = 200;

} // namespace

RequestCheckPanel::RequestCheckPanel(QWidget *parent)
    : QWidget(parent)
    , m_runner(new BodyCheckRunner(this))
    , m_loginNotice(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    setObjectName(u"requestCheck"_s);
    m_loginNotice->setObjectName(u"loginFitNotice"_s);
    m_loginNotice->setWordWrap(true);
    m_loginNotice->setStyleSheet(u"color: #8a5a00;"_s);
    m_loginNotice->hide();
    m_summary->setObjectName(u"bodyCheckSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"color: #b01c1c;"_s);
    m_summary->setBuddy(m_problems);
    m_summary->hide();
    m_problems->setObjectName(u"bodyProblems"_s);
    m_problems->setUniformItemSizes(true);
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 4 + 8);
    m_problems->hide();
    // A click or Enter on a problem moves the cursor to its line.
    connect(m_problems, &QListWidget::itemActivated, this, [this](const QListWidgetItem *item) {
        if (const int line = item->data(Qt::UserRole).toInt(); line > 0)
            Q_EMIT lineActivated(line);
    });
    connect(m_problems, &QListWidget::itemClicked, this, [this](const QListWidgetItem *item) {
        if (const int line = item->data(Qt::UserRole).toInt(); line > 0)
            Q_EMIT lineActivated(line);
    });
    connect(m_runner, &BodyCheckRunner::checked, this, &RequestCheckPanel::showProblems);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loginNotice);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
}

RequestCheckPanel::~RequestCheckPanel() = default;

void RequestCheckPanel::setRequest(const ApiOperation *operation)
{
    const bool operationChanged = operation != m_operation;
    m_operation = operation;
    m_runner->schedule(operation);
    if (operationChanged)
        updateLoginNotice();
}

void RequestCheckPanel::setLoginKind(Environment::LoginKind kind)
{
    m_kind = kind;
    updateLoginNotice();
}

void RequestCheckPanel::updateLoginNotice()
{
    const LoginFit fit = m_operation ? RequestCheck::loginFit(*m_operation, m_kind) : LoginFit {};
    if (fit.fits) {
        m_loginNotice->hide();
        m_loginNotice->clear();
        return;
    }
    m_loginNotice->setText(
        tr("%1 %2 cannot be made with %3: it takes %4.")
            .arg(m_operation->method, m_operation->path,
                RequestCheck::schemeTitle(RequestCheck::schemeOf(m_kind)), fit.acceptedText));
    m_loginNotice->show();
}

QStringList RequestCheckPanel::problemLines() const
{
    QStringList lines;
    for (const SchemaProblem &problem : m_runner->problems()) {
        lines.append(problem.line > 0
                ? tr("line %1, %2: %3").arg(problem.line).arg(problem.path, problem.text())
                : tr("%1: %2").arg(problem.path, problem.text()));
    }
    return lines;
}

void RequestCheckPanel::showProblems()
{
    m_problems->clear();
    const QList<SchemaProblem> &problems = m_runner->problems();
    if (problems.isEmpty()) {
        m_summary->hide();
        m_problems->hide();
        return;
    }
    m_summary->setText(
        tr("The body does not fit %1 %2 as documented (%3):")
            .arg(m_operation ? m_operation->method : QString(),
                m_operation ? m_operation->path : QString(), QString::number(problems.size())));
    const QStringList lines = problemLines();
    for (qsizetype i = 0; i < lines.size() && i < shownProblems; ++i) {
        auto *item = new QListWidgetItem(lines.at(i), m_problems);
        item->setData(Qt::UserRole, problems.at(i).line);
        item->setToolTip(problems.at(i).message);
    }
    m_summary->show();
    m_problems->show();
}

void RequestCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateLoginNotice();
        if (m_runner->isCurrent())
            showProblems();
    }
    QWidget::changeEvent(event);
}

} // namespace xlink
