#include "RunJsonReport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

QString shownFile(const RequestRunResult &result, const QStringList &roots)
{
    const QString root = roots.value(result.collection);
    return root.isEmpty() || root == u"." ? result.file : QDir(root).filePath(result.file);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString reasonName(UnresolvedVariable::Reason reason)
{
    using Reason = UnresolvedVariable::Reason;
    switch (reason) {
    case Reason::Undefined:
        return u"undefined"_s;
    case Reason::NoResponse:
        return u"no-response"_s;
    case Reason::NotInResponse:
        return u"not-in-response"_s;
    case Reason::BodyNotJson:
        return u"body-not-json"_s;
    case Reason::BadSystemVariable:
        return u"bad-system-variable"_s;
    case Reason::Unsupported:
        return u"unsupported"_s;
    case Reason::Cycle:
        return u"cycle"_s;
    }
    return {};
}

QString assertionOutcome(AssertionEvaluator::Result::Outcome outcome)
{
    switch (outcome) {
    case AssertionEvaluator::Result::Outcome::Passed:
        return u"passed"_s;
    case AssertionEvaluator::Result::Outcome::Failed:
        return u"failed"_s;
    case AssertionEvaluator::Result::Outcome::Unsupported:
        return u"unsupported"_s;
    }
    return {};
}

QJsonObject where(const RequestRunResult &result, const QStringList &roots)
{
    return {
        { u"index"_s, result.index },
        { u"file"_s, shownFile(result, roots) },
        { u"line"_s, result.line },
        { u"name"_s, orNull(result.name) },
        { u"method"_s, result.method },
        { u"url"_s, result.url },
    };
}

} // namespace

QJsonObject RunJsonReport::toJson(const RunSummary &summary, const QStringList &roots)
{
    using Outcome = RequestRunResult::Outcome;
    QJsonArray requests;
    for (const RequestRunResult &result : summary.results) {
        QJsonObject request = where(result, roots);
        request.insert(u"outcome"_s, RequestRunResult::outcomeName(result.outcome));
        request.insert(u"httpStatus"_s, result.httpStatus);
        request.insert(u"platformCode"_s, orNull(result.platformCode));
        request.insert(u"durationMs"_s, result.durationMs);
        request.insert(u"recordId"_s,
            result.record.id > 0 ? QJsonValue(result.record.id) : QJsonValue(QJsonValue::Null));
        QJsonArray assertions;
        for (const AssertionOutcome &assertion : result.assertions) {
            assertions.append(QJsonObject {
                { u"line"_s, assertion.line },
                { u"text"_s, assertion.text },
                { u"outcome"_s, assertionOutcome(assertion.result.outcome) },
                { u"expected"_s, orNull(assertion.result.expected) },
                { u"actual"_s, orNull(assertion.result.actual) },
                { u"message"_s, assertion.result.message },
            });
        }
        request.insert(u"assertions"_s, assertions);
        QJsonArray unresolved;
        for (const UnresolvedVariable &variable : result.unresolved) {
            unresolved.append(QJsonObject {
                { u"expression"_s, variable.expression },
                { u"reason"_s, reasonName(variable.reason) },
                { u"message"_s, variable.describe() },
            });
        }
        request.insert(u"unresolved"_s, unresolved);
        request.insert(u"notes"_s, QJsonArray::fromStringList(result.notes));
        request.insert(u"problems"_s, QJsonArray::fromStringList(result.problems()));
        requests.append(request);
    }
    QJsonArray notRun;
    for (const RequestRunResult &result : summary.notReached)
        notRun.append(where(result, roots));
    const QJsonObject counts {
        { u"planned"_s, summary.planned },
        { u"passed"_s, summary.count(Outcome::Passed) },
        { u"assertionFailed"_s, summary.count(Outcome::AssertionFailed) },
        { u"errorAnswer"_s, summary.count(Outcome::ErrorAnswer) },
        { u"noAnswer"_s, summary.count(Outcome::NoAnswer) },
        { u"unresolved"_s, summary.count(Outcome::Unresolved) },
        { u"cancelled"_s, summary.count(Outcome::Cancelled) },
        { u"notRun"_s, summary.notRun() },
        { u"bailed"_s, summary.bailed },
        { u"startedAt"_s, summary.startedAt.toString(Qt::ISODateWithMs) },
        { u"durationMs"_s, summary.durationMs },
    };
    return { { u"summary"_s, counts }, { u"requests"_s, requests }, { u"notRun"_s, notRun } };
}

QByteArray RunJsonReport::toBytes(const RunSummary &summary, const QStringList &roots)
{
    return QJsonDocument(toJson(summary, roots)).toJson(QJsonDocument::Indented);
}

} // namespace xlink
