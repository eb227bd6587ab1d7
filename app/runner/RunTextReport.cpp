#include "RunTextReport.h"

#include "catalogue/ErrorCatalogue.h"

#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace xlink {

RunTextReport::RunTextReport(QStringList roots, const ErrorCatalogue *catalogue)
    : m_roots(std::move(roots))
    , m_catalogue(catalogue)
{ }

QString RunTextReport::location(const RequestRunResult &result) const
{
    const QString root = m_roots.value(result.collection);
    const QString file
        = root.isEmpty() || root == u"." ? result.file : QDir(root).filePath(result.file);
    return QDir::toNativeSeparators(file) + u':' + QString::number(result.line);
}

QString RunTextReport::line(const RequestRunResult &result) const
{
    using Outcome = RequestRunResult::Outcome;
    QString verdict;
    switch (result.outcome) {
    case Outcome::Passed:
        verdict = tr("PASS");
        break;
    case Outcome::Unresolved:
        verdict = tr("SKIP");
        break;
    case Outcome::Cancelled:
        verdict = tr("STOP");
        break;
    case Outcome::Pending:
        verdict = tr("....");
        break;
    default:
        verdict = tr("FAIL");
        break;
    }
    // The path and query as sent, without the base URL every request shares.
    QString target = result.url;
    if (result.sent) {
        const QUrl url(result.url);
        target = url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    }
    QString answer;
    if (result.outcome == Outcome::Unresolved)
        answer = tr("not sent");
    else if (result.outcome == Outcome::Cancelled)
        answer = tr("cancelled");
    else if (result.httpStatus == 0)
        answer = tr("no answer");
    else if (!result.platformCode.isEmpty())
        answer = tr("HTTP %1, code %2").arg(result.httpStatus).arg(result.platformCode);
    else
        answer = tr("HTTP %1").arg(result.httpStatus);
    QString text = verdict + u"  ";
    // The request's name, or the title its `###` line gives it.
    if (const QString &name = result.name.isEmpty() ? result.title : result.name; !name.isEmpty())
        text += name + u"  ";
    text += result.method + u' ' + target + u"  " + answer;
    if (result.sent && result.outcome != Outcome::Cancelled)
        text += u"  " + tr("%1 ms").arg(result.durationMs);
    text += u"  (" + location(result) + u")\n";

    for (const QString &problem : result.problems())
        text += u"      " + problem + u'\n';
    // An error no assertion expected, in both languages as the catalogue has it.
    if (!result.passed() && result.record.platformError && m_catalogue) {
        if (const CatalogueEntry *entry = m_catalogue->find(result.record.platformError->code)) {
            if (!entry->message.zh.isEmpty())
                text += u"      " + result.platformCode + u" 中文: " + entry->message.zh + u'\n';
            if (!entry->message.en.isEmpty())
                text += u"      " + result.platformCode + u" English: " + entry->message.en + u'\n';
        }
    }
    for (const QString &note : result.notes)
        text += u"      " + tr("note: %1").arg(note) + u'\n';
    return text;
}

QString RunTextReport::summary(const RunSummary &summary) const
{
    using Outcome = RequestRunResult::Outcome;
    const int passed = summary.count(Outcome::Passed);
    const int notSent = summary.count(Outcome::Unresolved);
    const int failed = int(summary.results.size()) - passed - notSent;
    QString text = tr("%1 requests: %2 passed, %3 failed, %4 not sent, %5 not run (%6 ms)")
                       .arg(summary.planned)
                       .arg(passed)
                       .arg(failed)
                       .arg(notSent)
                       .arg(summary.notRun())
                       .arg(summary.durationMs)
        + u'\n';
    if (summary.bailed)
        text += tr("Stopped at the first request that did not pass (bail).") + u'\n';
    if (summary.cancelled)
        text += tr("The run was cancelled.") + u'\n';
    return text;
}

QString RunTextReport::toText(const RunSummary &summary) const
{
    QString text;
    for (const RequestRunResult &result : summary.results)
        text += line(result);
    return text + this->summary(summary);
}

} // namespace xlink
