#include "CollectionRunner.h"

#include "Assertion.h"
#include "AssertionEvaluator.h"
#include "CallPipeline.h"
#include "CallTicket.h"
#include "VariableResolver.h"
#include "VariableScope.h"
#include "call/Redactor.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// An actual value longer than this (a whole body) is cut in results and reports.
constexpr qsizetype maxShownValue = 200;

bool namesSecret(const Assertion &assertion)
{
    if (assertion.subject == Assertion::Subject::Header)
        return Redactor::isSecretHeader(assertion.target.toUtf8());
    for (const JsonPath::Segment &segment : assertion.path) {
        if (const QString *key = std::get_if<QString>(&segment); key && Redactor::isSecretKey(*key))
            return true;
    }
    return false;
}

// An assertion that speaks about how the call ended: its status, or the platform error's
// fields (`?? js response.parsedBody.error.code == 4041008`). When one passes, an error
// answer was what the request expected.
bool judgesTheAnswer(const Assertion &assertion)
{
    if (assertion.subject == Assertion::Subject::Status)
        return true;
    if (assertion.subject != Assertion::Subject::Body
        && assertion.subject != Assertion::Subject::Js)
        return false;
    if (assertion.path.isEmpty())
        return false;
    const QString *first = std::get_if<QString>(&assertion.path.first());
    return first && *first == u"error";
}

// What a result may show of an evaluation: no secret value, no whole body. The message is
// said again with the values shown, in the evaluator's words.
void makeShowable(const Assertion &assertion, AssertionEvaluator::Result &result)
{
    if (result.outcome == AssertionEvaluator::Result::Outcome::Unsupported)
        return; // says the line as written: placeholders, no values
    const QString missing = AssertionEvaluator::tr("missing");
    if (namesSecret(assertion)) {
        const QString hidden = QString::fromLatin1(Redactor::placeholder());
        if (assertion.predicate != Assertion::Predicate::Exists)
            result.expected = assertion.predicateText + u' ' + hidden;
        if (result.actual != missing)
            result.actual = hidden;
    } else {
        // A whole body or object may hold secrets of its own (`"token": "..."`).
        QString actual = Redactor::redactText(result.actual);
        if (actual.size() > maxShownValue)
            actual = actual.left(maxShownValue) + u'…';
        if (actual == result.actual)
            return;
        result.actual = actual;
    }
    result.message = result.passed()
        ? AssertionEvaluator::tr("%1: %2 as expected").arg(result.subject, result.expected)
        : AssertionEvaluator::tr("%1: expected %2, got %3")
              .arg(result.subject, result.expected, result.actual);
}

bool isNoAnswer(const CallRecord &record)
{
    switch (record.kind) {
    case CallRecord::Kind::Network:
    case CallRecord::Kind::HostNotFound:
    case CallRecord::Kind::Timeout:
        return true;
    case CallRecord::Kind::Malformed:
        return record.httpStatus < 400; // a success status with a body cut off
    default:
        return false;
    }
}

} // namespace

CollectionRunner::CollectionRunner(CallPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
{
    // The log's id of each record written at once (the CLI's way); the request's own record
    // is the last one written before its ticket finishes (after a login or a renewal).
    connect(m_pipeline, &CallPipeline::written, this, [this](const FailureStore::Kept &kept) {
        if (m_ticket)
            m_writtenId = kept.id;
    });
}

CollectionRunner::~CollectionRunner()
{
    // A runner closed during a run takes the call on its way with it.
    if (m_ticket) {
        m_ticket->disconnect(this);
        m_ticket->cancel();
    }
}

void CollectionRunner::add(const HttpCollection &collection,
    const QList<HttpCollection::RequestRef> &selection, const Variables &environmentFileValues)
{
    if (m_running)
        return;
    const int index = int(m_collections.size());
    m_collections.append(collection);
    m_environmentFileValues.append(environmentFileValues);
    const QList<HttpCollection::RequestRef> refs
        = selection.isEmpty() ? collection.requests() : selection;
    for (const HttpCollection::RequestRef &ref : refs)
        m_plan.append({ index, ref });
    // Every name of the collection, selected or not: a reference to a request left out of the
    // run says "has not answered in this run" rather than "not defined".
    for (const HttpCollection::RequestRef &ref : collection.requests()) {
        if (const QString &name = collection.region(ref).name; !name.isEmpty())
            m_requestNames.insert(name);
    }
}

void CollectionRunner::clear()
{
    if (m_running)
        return;
    m_collections.clear();
    m_environmentFileValues.clear();
    m_plan.clear();
    m_requestNames.clear();
}

const HttpRegion &CollectionRunner::region(const Planned &planned) const
{
    return m_collections.at(planned.collection).region(planned.ref);
}

bool CollectionRunner::start(Responses responses)
{
    if (m_running || m_plan.isEmpty())
        return false;
    m_running = true;
    m_cancelled = false;
    m_position = 0;
    if (responses == Responses::Fresh)
        m_responses.clear();
    m_fileScopes.clear(); // overrides or collections may have changed since the last run
    m_summary = {};
    m_summary.planned = int(m_plan.size());
    m_summary.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    QMetaObject::invokeMethod(this, &CollectionRunner::next, Qt::QueuedConnection);
    return true;
}

void CollectionRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_ticket)
        m_ticket->cancel(); // its finished() concludes the request, then the run
    else
        QMetaObject::invokeMethod(this, &CollectionRunner::next, Qt::QueuedConnection);
}

VariableScope CollectionRunner::scopeFor(const Planned &planned)
{
    const std::pair<int, int> key { planned.collection, planned.ref.file };
    auto cached = m_fileScopes.constFind(key);
    if (cached == m_fileScopes.cend()) {
        VariableScope scope;
        scope.setOverrides(m_overrides);
        scope.setFileVariables(
            m_collections.at(planned.collection).file(planned.ref).content.variables());
        scope.setEnvironmentFileValues(m_environmentFileValues.at(planned.collection));
        cached = m_fileScopes.insert(key, scope);
    }
    VariableScope scope = *cached;
    scope.setEnvironmentValues(environmentValues());
    return scope;
}

CollectionRunner::Variables CollectionRunner::environmentValues() const
{
    // The environment's own values (baseUrl, and the login's ids once logged in) are read
    // for each request: a login during the run changes them.
    Variables values = m_environmentValues;
    const VariableMap builtIn = m_pipeline->environmentVariables();
    for (auto it = builtIn.constBegin(); it != builtIn.constEnd(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

void CollectionRunner::next()
{
    if (!m_running)
        return;
    if (m_cancelled || m_position >= m_plan.size()) {
        finish();
        return;
    }
    RequestRunResult result = describe(m_position);
    ++m_position;
    Q_EMIT requestStarted(result);
    if (!m_running || m_cancelled) { // a slot cancelled the run
        if (m_running)
            finish();
        return;
    }
    send(std::move(result));
}

void CollectionRunner::send(RequestRunResult result)
{
    const Planned &planned = m_plan.at(result.index);
    const HttpRegion &request = region(planned);
    if (!request.scripts.isEmpty())
        result.notes.append(tr("%n script(s) before the request not run (no script engine)",
            nullptr, int(request.scripts.size())));
    if (!request.responseScripts.isEmpty())
        result.notes.append(tr("%n response handler(s) not run (no script engine)", nullptr,
            int(request.responseScripts.size())));

    m_scope = scopeFor(planned);
    const VariableResolver resolver(m_scope, m_responses, m_requestNames);
    const VariableResolver::ResolvedRequest resolved = resolver.resolve(request);
    if (!resolved.ok()) {
        result.outcome = RequestRunResult::Outcome::Unresolved;
        result.unresolved = resolved.unresolved;
        conclude(result);
        return;
    }

    ApiRequest apiRequest;
    apiRequest.method = resolved.method.toLatin1();
    apiRequest.target = resolved.url.trimmed();
    if (!apiRequest.hasAbsoluteTarget() && !apiRequest.target.startsWith(u'/'))
        apiRequest.target.prepend(u'/');
    for (const HttpHeader &header : resolved.headers)
        apiRequest.headers.append({ header.name.toLatin1(), header.value.toUtf8() });
    apiRequest.body = resolved.body.toUtf8();
    result.sent = true;

    // No variables: the resolver has put in every value already.
    m_writtenId = 0;
    m_ticket = m_pipeline->send(apiRequest);
    connect(m_ticket, &CallTicket::finished, this,
        [this, result](const CallResult &answer) { onAnswered(result, answer); });
}

void CollectionRunner::onAnswered(RequestRunResult result, const CallResult &answer)
{
    m_ticket = nullptr;
    const Planned &planned = m_plan.at(result.index);
    const HttpRegion &request = region(planned);
    const CallRecord &record = answer.record;
    result.record = record;
    result.record.id = m_writtenId;
    result.url = record.url.toString();
    result.httpStatus = record.httpStatus;
    result.durationMs = record.durationMs;
    if (record.platformError)
        result.platformCode = record.platformError->rawCode;

    if (answer.cancelled || record.kind == CallRecord::Kind::Cancelled) {
        result.outcome = RequestRunResult::Outcome::Cancelled;
        conclude(result);
        return;
    }

    // Chaining and assertions read the answer as it came: a later request may need the
    // token a login returned, which the record shows redacted.
    StoredResponse response;
    response.status = answer.unredactedAnswer.httpStatus;
    response.headers = answer.unredactedAnswer.headers;
    response.body = answer.unredactedAnswer.body;
    response.durationMs = record.durationMs;
    if (!request.name.isEmpty())
        m_responses.put(request.name, response);

    // The values the request was sent with (its own answer is in m_responses now).
    const VariableResolver resolver(m_scope, m_responses, m_requestNames);
    bool allPassed = true;
    bool answerExpected = false;
    for (const AssertionLine &line : request.assertions) {
        const Assertion assertion = Assertion::parse(line);
        AssertionOutcome outcome { line.text, line.line, {} };
        const VariableResolver::Resolution expected = resolver.resolve(assertion.expected);
        if (assertion.isSupported() && !expected.ok()) {
            outcome.result.outcome = AssertionEvaluator::Result::Outcome::Failed;
            outcome.result.subject = assertion.field;
            QStringList why;
            for (const UnresolvedVariable &variable : expected.unresolved)
                why.append(variable.describe());
            outcome.result.message = tr("%1: the expected value has no value: %2")
                                         .arg(assertion.text.trimmed(), why.join(u"; "_s));
        } else {
            outcome.result = AssertionEvaluator::evaluate(assertion, response, expected.text);
            makeShowable(assertion, outcome.result);
        }
        if (!outcome.result.passed())
            allPassed = false;
        else if (judgesTheAnswer(assertion))
            answerExpected = true;
        result.assertions.append(outcome);
    }

    if (record.isFailure() && record.kind != CallRecord::Kind::OffSchema && !answerExpected)
        result.outcome = isNoAnswer(record) ? RequestRunResult::Outcome::NoAnswer
                                            : RequestRunResult::Outcome::ErrorAnswer;
    else if (!allPassed)
        result.outcome = RequestRunResult::Outcome::AssertionFailed;
    else
        result.outcome = RequestRunResult::Outcome::Passed;
    conclude(result);
}

void CollectionRunner::hideSecretValues(RequestRunResult &result) const
{
    const QString hidden = QString::fromLatin1(Redactor::placeholder());
    for (const QString &value : m_secretValues) {
        if (value.isEmpty())
            continue;
        result.url.replace(value, hidden);
        for (AssertionOutcome &assertion : result.assertions) {
            assertion.result.expected.replace(value, hidden);
            assertion.result.actual.replace(value, hidden);
            assertion.result.message.replace(value, hidden);
        }
    }
}

void CollectionRunner::conclude(RequestRunResult result)
{
    hideSecretValues(result);
    m_summary.results.append(result);
    Q_EMIT requestFinished(result);
    if (m_bail && !result.passed() && !m_cancelled) {
        m_summary.bailed = m_position < m_plan.size();
        m_position = m_plan.size();
    }
    // The next request goes out from the event loop: a run of requests that are not sent
    // (unresolved) never recurses, and the GUI paints between requests.
    QMetaObject::invokeMethod(this, &CollectionRunner::next, Qt::QueuedConnection);
}

RequestRunResult CollectionRunner::describe(qsizetype position) const
{
    const Planned &planned = m_plan.at(position);
    const HttpCollection &collection = m_collections.at(planned.collection);
    const HttpRegion &request = region(planned);
    RequestRunResult result;
    result.index = int(position);
    result.collection = planned.collection;
    result.ref = planned.ref;
    result.file = collection.file(planned.ref).relativePath;
    result.line = request.requestLine;
    result.name = request.name;
    result.title = request.title;
    result.method = request.method;
    result.url = request.url;
    return result;
}

void CollectionRunner::finish()
{
    m_running = false;
    for (qsizetype position = m_summary.results.size(); position < m_plan.size(); ++position)
        m_summary.notReached.append(describe(position));
    m_summary.cancelled = m_cancelled;
    m_summary.durationMs = m_clock.elapsed();
    Q_EMIT finished(m_summary);
}

} // namespace xlink
