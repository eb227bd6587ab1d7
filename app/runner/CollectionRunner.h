#pragma once

#include "HttpCollection.h"
#include "ResponseStore.h"
#include "RunSummary.h"
#include "VariableScope.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace xlink {

class CallPipeline;
class CallTicket;
struct CallResult;

// Runs the requests of one or more collections in order, through the CallPipeline (so every
// call is classified, redacted and recorded in the failure log like any other), for the
// console's run view and `xlink-cli run`:
//  - each request's placeholders are filled from --var, its file's variables, the collection's
//    environment (http-client.env.json), the console environment's values (baseUrl, corpId,
//    ...) and the named responses of this run so far (VariableResolver over a ResponseStore
//    this runner fills as answers come);
//  - a request with a placeholder that has no value is not sent: its result says which and
//    why, and the run goes on (the requests chaining from it then say so in turn);
//  - its `?? ` assertions are evaluated against the answer; one outside the supported subset
//    fails as unsupported, never passes;
//  - an error answer (or none) fails the request unless a passing assertion on the status or
//    the platform error's code expected it;
//  - with bail, the run stops after the first request that did not pass.
// Tokens: a request that sets its own Access-Token (chained from a login, say) sends it as it
// is; one that sets none gets the session's, which the ApiClient adds on the way out and which
// appears in no variable, result or report.
// Nothing here waits: start() returns at once, each request goes out from the event loop and
// the signals report progress, so the GUI thread stays free and a QCoreApplication drives a
// run as well.
class CollectionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionRunner)

public:
    using Variables = QHash<QString, QString>;
    enum class Responses {
        Fresh, // the run starts with no named responses (a run of a collection)
        Keep, // the named responses of the runs before are kept (re-running failed requests)
    };

    // `pipeline` is not owned; it must outlive the run.
    explicit CollectionRunner(CallPipeline *pipeline, QObject *parent = nullptr);
    ~CollectionRunner() override;

    // Adds requests of `collection` to the next run, after those added before: `selection` in
    // the order given, or every request of the collection in its run order when empty.
    // `environmentFileValues`: the selected environment of its http-client.env.json.
    void add(const HttpCollection &collection,
        const QList<HttpCollection::RequestRef> &selection = {},
        const Variables &environmentFileValues = {});
    // Forgets what add() added (not while running).
    void clear();
    int plannedCount() const { return int(m_plan.size()); }

    // `--var K=V`: wins over every other source.
    void setOverrides(const Variables &values) { m_overrides = values; }
    // The user's own variables of the console environment (beside baseUrl, corpId... that
    // the pipeline's environment and session give).
    void setEnvironmentValues(const Variables &values) { m_environmentValues = values; }
    // Values to hide wherever a result would show them (secret user variables): put in a
    // request, they could come back in its URL or an assertion's expected or actual value.
    void setSecretValues(const QStringList &values) { m_secretValues = values; }
    void setBail(bool bail) { m_bail = bail; }

    // Starts the run of the requests added; false when a run is under way or nothing was
    // added. The first signal comes from the event loop, never from within start().
    bool start(Responses responses = Responses::Fresh);
    // Stops the run: the request on its way is cancelled and finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    // The run so far (complete after finished()).
    const RunSummary &summary() const { return m_summary; }

Q_SIGNALS:
    // A request is about to be resolved and sent (`request.outcome` is Pending).
    void requestStarted(const xlink::RequestRunResult &request);
    void requestFinished(const xlink::RequestRunResult &result);
    void finished(const xlink::RunSummary &summary);

private:
    struct Planned
    {
        int collection = 0;
        HttpCollection::RequestRef ref;
    };

    void next();
    RequestRunResult describe(qsizetype position) const;
    void send(RequestRunResult result);
    void onAnswered(RequestRunResult result, const CallResult &answer);
    void conclude(RequestRunResult result);
    void hideSecretValues(RequestRunResult &result) const;
    void finish();
    Variables environmentValues() const;
    // The scope of a request: its file's layers (read once per file and run) and the
    // environment's values as they are now.
    VariableScope scopeFor(const Planned &planned);
    const HttpRegion &region(const Planned &planned) const;

    CallPipeline *m_pipeline;
    QList<HttpCollection> m_collections;
    QList<Variables> m_environmentFileValues; // per collection
    QList<Planned> m_plan;
    QSet<QString> m_requestNames;
    Variables m_overrides;
    Variables m_environmentValues;
    QStringList m_secretValues;
    bool m_bail = false;

    bool m_running = false;
    bool m_cancelled = false;
    qsizetype m_position = 0;
    ResponseStore m_responses;
    // Per collection and file: --var, the file's variables and the environment file's values.
    // A file's variables are those of all its regions: gathering them for every request made
    // a run of N requests in one file cost N² steps.
    QHash<std::pair<int, int>, VariableScope> m_fileScopes;
    VariableScope m_scope; // of the request on its way, for its assertions
    QPointer<CallTicket> m_ticket;
    qint64 m_writtenId = 0;
    RunSummary m_summary;
    QElapsedTimer m_clock;
};

} // namespace xlink
