#pragma once

#include "CliCommand.h"

namespace xlink::cli {

// `xlink-cli collection import FILE [--environment ENVFILE] -o DIR`: a Postman collection v2.1
// (and an environment) into a folder of .http files; what was not imported is listed.
// `xlink-cli collection export PATH --format postman -o FILE`: a collection folder (or one
// .http file) as a Postman collection v2.1 that newman runs. Exit 0 done, 1 a file could not be
// read or written, 2 usage errors and files that do not parse (FILE:LINE:COLUMN: why).
class CollectionCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace xlink::cli
