#include "RunSummary.h"

#include <algorithm>

namespace xlink {

int RunSummary::count(RequestRunResult::Outcome outcome) const
{
    return int(std::count_if(results.cbegin(), results.cend(),
        [outcome](const RequestRunResult &result) { return result.outcome == outcome; }));
}

bool RunSummary::allPassed() const
{
    return !cancelled && notRun() == 0
        && std::all_of(results.cbegin(), results.cend(),
            [](const RequestRunResult &result) { return result.passed(); });
}

} // namespace xlink
