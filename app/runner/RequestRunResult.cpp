#include "RequestRunResult.h"

#include "call/FailureText.h"

using namespace Qt::StringLiterals;

namespace xlink {

QString RequestRunResult::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (!title.isEmpty())
        return title;
    return method + u' ' + url;
}

QStringList RequestRunResult::problems() const
{
    QStringList lines;
    switch (outcome) {
    case Outcome::Pending:
    case Outcome::Passed:
        return lines;
    case Outcome::Unresolved:
        for (const UnresolvedVariable &variable : unresolved)
            lines.append(tr("not sent: %1").arg(variable.describe()));
        return lines;
    case Outcome::Cancelled:
        lines.append(tr("cancelled"));
        return lines;
    case Outcome::ErrorAnswer:
        if (!platformCode.isEmpty())
            lines.append(tr("expected a successful answer (no assertion expects an error), got "
                            "HTTP %1 with platform error %2")
                             .arg(httpStatus)
                             .arg(platformCode));
        else
            lines.append(tr("expected a successful answer (no assertion expects an error), got "
                            "HTTP %1")
                             .arg(httpStatus));
        break;
    case Outcome::NoAnswer:
        lines.append(tr("expected an answer, got none: %1").arg(FailureText::sentence(record)));
        break;
    case Outcome::AssertionFailed:
        break;
    }
    for (const AssertionOutcome &assertion : assertions) {
        if (!assertion.result.passed())
            lines.append(assertion.result.message);
    }
    return lines;
}

QString RequestRunResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return u"pending"_s;
    case Outcome::Passed:
        return u"passed"_s;
    case Outcome::AssertionFailed:
        return u"assertion-failed"_s;
    case Outcome::ErrorAnswer:
        return u"error-answer"_s;
    case Outcome::NoAnswer:
        return u"no-answer"_s;
    case Outcome::Unresolved:
        return u"unresolved"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

} // namespace xlink
