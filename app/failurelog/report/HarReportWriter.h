#pragma once

#include "report/ReportWriter.h"

namespace xlink {

// HTTP Archive 1.2 (the format browsers' developer tools import). Calls that got no HTTP
// answer have status 0, as browsers record them. The failure details go in "comment" and in
// "_xlink" custom fields (HAR allows fields starting with an underscore).
class HarReportWriter final : public ReportWriter
{
public:
    bool write(const Report &report, QIODevice &device, QString *error) const override;
};

} // namespace xlink
