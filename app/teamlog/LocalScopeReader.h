#pragma once

#include "ScopeReader.h"

namespace xlink {

class FailureStore;

// This machine's log for the failure-log page: the store's reader threads (LogReader), each
// read given a LocalScopeQuery over the lane's LogQuery. Nothing is read while the store is
// not open.
class LocalScopeReader final : public ScopeReader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalScopeReader)

public:
    explicit LocalScopeReader(FailureStore *store, QObject *parent = nullptr);

    bool isTeam() const override { return false; }
    bool isAvailable() const override;

protected:
    void post(Lane lane, QObject *context, std::function<bool()> wanted, Job job) override;

private:
    FailureStore *m_store;
};

} // namespace xlink
