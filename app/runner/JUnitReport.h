#pragma once

#include "RunSummary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace xlink {

// A run as JUnit XML, the form CI systems read (the Ant/Jenkins schema; tests/data/junit/junit.xsd
// holds it and ctest validates against it): <testsuites>, one <testsuite> per .http file, one
// <testcase> per request. A request whose assertion failed, or that got an error answer no
// assertion expected, has a <failure> whose message says what was expected and what came; no
// answer, a variable without a value or a cancel is an <error>; a request the run did not
// reach (bail) is <skipped>. No secret: see RequestRunResult.
class JUnitReport final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::JUnitReport)

public:
    // `roots`: each collection's folder as the user gave it, for the suites' names.
    static QByteArray toXml(const RunSummary &summary, const QStringList &roots = {});
};

} // namespace xlink
