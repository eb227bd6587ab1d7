#include "ResponseCheckFlag.h"

#include "RequestCheck.h"
#include "call/CallRecord.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace xlink {

using namespace Qt::StringLiterals;

ResponseCheckFlag::ResponseCheckFlag(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"responseCheckFlag"_s);
    setWordWrap(true);
    setStyleSheet(u"color: #8a5a00;"_s);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

ResponseCheckFlag::~ResponseCheckFlag() = default;

void ResponseCheckFlag::clearFlag()
{
    ++m_generation;
    m_problems.clear();
    m_operation.clear();
    clear();
    setToolTip(QString());
    hide();
}

void ResponseCheckFlag::check(const CallRecord &record)
{
    clearFlag();
    const QString method = QString::fromLatin1(record.method);
    const ApiOperation *operation
        = RequestCheck::operationFor(method, record.url.toString(QUrl::FullyEncoded));
    if (!operation) {
        Q_EMIT checked();
        return;
    }
    m_operation = operation->method + u' ' + operation->path;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<SchemaProblem>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_problems = watcher->result();
        showProblems();
        Q_EMIT checked();
    });
    watcher->setFuture(
        QtConcurrent::run([operation, status = record.httpStatus, body = record.responseBody] {
            return RequestCheck::checkResponse(*operation, status, body);
        }));
}

void ResponseCheckFlag::showProblems()
{
    if (m_problems.isEmpty()) {
        hide();
        return;
    }
    const SchemaProblem &first = m_problems.first();
    QString text = tr("This answer does not match the documented response of %1: %2 %3")
                       .arg(m_operation, first.path, first.text());
    if (m_problems.size() > 1)
        text += u' ' + tr("(and %1 more)").arg(m_problems.size() - 1);
    setText(text);
    QStringList lines;
    for (const SchemaProblem &problem : std::as_const(m_problems))
        lines.append(problem.path + u": "_s + problem.text());
    setToolTip(lines.join(u'\n'));
    show();
}

void ResponseCheckFlag::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_problems.isEmpty())
        showProblems();
    QLabel::changeEvent(event);
}

} // namespace xlink
