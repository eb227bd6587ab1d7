#include "SeenCountReader.h"

#include "FailureStore.h"
#include "LogReader.h"
#include "ScopeReader.h"

namespace xlink {

CodeBrowserWidget::SeenCount SeenCountReader::forStore(FailureStore *store)
{
    return [store](int code, QObject *context, std::function<bool()> wanted,
               std::function<void(qint64)> done) {
        LogReader *reader = store && store->isOpen() ? store->reader() : nullptr;
        if (!reader) {
            done(0);
            return;
        }
        reader->read<qint64>(
            LogReader::Lane::Background, context, std::move(wanted),
            [code](const LogQuery &query, const std::function<bool()> &) {
                return query.seenCount(code);
            },
            std::move(done));
    };
}

CodeBrowserWidget::SeenCount SeenCountReader::forTeam(std::function<ScopeReader *()> reader)
{
    return [reader = std::move(reader)](int code, QObject *context, std::function<bool()> wanted,
               std::function<void(qint64)> done) {
        ScopeReader *team = reader ? reader() : nullptr;
        if (!team) {
            done(-1);
            return;
        }
        team->read<std::optional<qint64>>(
            ScopeReader::Lane::Background, context, std::move(wanted),
            [code](const ScopeQuery &query, const std::function<bool()> &) {
                TeamFilter filter;
                filter.log.codes = { code };
                return std::optional<qint64>(query.count(filter));
            },
            [done = std::move(done)](const std::optional<qint64> &seen) {
                done(seen.value_or(-1)); // nullopt: the team log could not be read
            });
    };
}

} // namespace xlink
