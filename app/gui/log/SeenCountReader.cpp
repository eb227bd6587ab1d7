#include "SeenCountReader.h"

#include "FailureStore.h"
#include "LogReader.h"

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

} // namespace xlink
