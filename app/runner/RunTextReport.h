#pragma once

#include "RunSummary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace xlink {

class ErrorCatalogue;

// A run as text for a terminal, in the user's language: one line per request (PASS/FAIL,
// which request, where it went, the status and platform code, the time and FILE:LINE), its
// problems indented below it (the failed assertion with what was expected and what came, the
// variable without a value and why, the platform error in both languages from the catalogue),
// and a closing count. Written as the run goes: line() for each finished request.
class RunTextReport final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::RunTextReport)

public:
    // `roots`: each collection's folder as the user gave it (by RequestRunResult::collection),
    // put before the files' paths; `catalogue` may be null (no descriptions).
    explicit RunTextReport(QStringList roots = {}, const ErrorCatalogue *catalogue = nullptr);

    QString line(const RequestRunResult &result) const;
    QString summary(const RunSummary &summary) const;
    // Every line and the summary.
    QString toText(const RunSummary &summary) const;
    // Where a request is written: "ROOT/FILE:LINE".
    QString location(const RequestRunResult &result) const;

private:
    QStringList m_roots;
    const ErrorCatalogue *m_catalogue;
};

} // namespace xlink
