#pragma once

#include "Assertion.h"
#include "ResponseStore.h"

#include <QCoreApplication>
#include <QString>

namespace xlink {

// Evaluates an Assertion against a response the way httpyac does (see Assertion), and says
// what was expected and what came, in words.
class AssertionEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::AssertionEvaluator)

public:
    struct Result
    {
        enum class Outcome { Passed, Failed, Unsupported };
        Outcome outcome = Outcome::Unsupported;
        QString subject; // "status", "header content-type", "body id"...
        QString expected; // "== 200", "to exist"
        QString actual; // "404", "missing"
        // One line: "status: expected == 200, got 404" / "?? x: not supported: why".
        QString message;
        bool passed() const { return outcome == Outcome::Passed; }
    };

    // `expected` is the assertion's expected text with its variables already resolved (the
    // runner resolves it like the request); without it, the text as written.
    static Result evaluate(const Assertion &assertion, const StoredResponse &response);
    static Result evaluate(
        const Assertion &assertion, const StoredResponse &response, const QString &expected);
};

} // namespace xlink
