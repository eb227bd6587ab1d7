#pragma once

#include "AssertionEvaluator.h"
#include "HttpCollection.h"
#include "VariableResolver.h"
#include "call/CallRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace xlink {

// One `?? ` line of a request and what became of it.
struct AssertionOutcome
{
    QString text; // the line as written
    int line = 0;
    AssertionEvaluator::Result result;
};

// What became of one request of a collection run: what the run view shows per row and what
// the reporters write. Holds no secret: the record is the redacted one the failure log got,
// and an assertion about a secret field shows neither the expected nor the actual value.
struct RequestRunResult
{
    Q_DECLARE_TR_FUNCTIONS(xlink::RequestRunResult)

public:
    enum class Outcome {
        Pending, // on its way (CollectionRunner::requestStarted)
        Passed, // answered, and every assertion passed
        AssertionFailed, // an assertion failed, or is not supported (never passed)
        // The server answered with an HTTP or platform error that no passing assertion on the
        // status or the error code expected.
        ErrorAnswer,
        NoAnswer, // refused, timeout, too large...: no usable answer, and none expected
        Unresolved, // not sent: a placeholder had no value (`unresolved` says why)
        Cancelled, // the run was cancelled while the request was on its way
    };

    int index = 0; // position in the run, from 0
    int collection = 0; // which of the run's collections (CollectionRunner::add), from 0
    HttpCollection::RequestRef ref;
    QString file; // path relative to its collection's folder
    int line = 0; // the request line, from 1
    QString name; // `# @name`; empty when the request has none
    QString title; // the text after `###`
    QString method;
    QString url; // as sent (redacted, as in the log); as written when not sent
    Outcome outcome = Outcome::Pending;
    QList<AssertionOutcome> assertions;
    QList<UnresolvedVariable> unresolved;
    QStringList notes; // what the runner left out (scripts are not run), in the user's language
    int httpStatus = 0; // 0 when no HTTP answer came
    QString platformCode; // the platform error's code as it came; empty when none
    qint64 durationMs = 0;
    // The call as the failure log got it (redacted); `id` is set only when the pipeline wrote
    // it at once (the CLI). Empty when the request was not sent.
    CallRecord record;
    bool sent = false;

    bool passed() const { return outcome == Outcome::Passed; }
    bool isFinished() const { return outcome != Outcome::Pending; }
    // The name, else the title, else "METHOD url".
    QString displayName() const;
    // Why it did not pass, one line per reason, in the user's language; empty when it passed.
    QStringList problems() const;
    // "passed", "assertion-failed", "error-answer", "no-answer", "unresolved", "cancelled",
    // "pending": for JSON reports.
    static QString outcomeName(Outcome outcome);
};

} // namespace xlink

Q_DECLARE_METATYPE(xlink::RequestRunResult)
