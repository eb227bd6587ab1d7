#include "HttpFile.h"

namespace xlink {

QList<int> HttpFile::requestIndexes() const
{
    QList<int> indexes;
    for (int i = 0; i < regions.size(); ++i) {
        if (regions.at(i).hasRequest())
            indexes.append(i);
    }
    return indexes;
}

const HttpRegion *HttpFile::findRequest(QStringView name) const
{
    for (const HttpRegion &region : regions) {
        if (region.hasRequest() && region.name == name)
            return &region;
    }
    return nullptr;
}

QList<FileVariable> HttpFile::variables() const
{
    QList<FileVariable> all;
    for (const HttpRegion &region : regions)
        all.append(region.variables);
    return all;
}

} // namespace xlink
