#pragma once

#include "HttpRegion.h"
#include "ResponseStore.h"
#include "VariableScope.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace xlink {

// A placeholder that could not be given a value, and why; a runner does not send a request
// that has one and says this instead.
struct UnresolvedVariable
{
    enum class Reason {
        Undefined, // no layer defines the name
        NoResponse, // a chained request has not answered (yet) in this run
        NotInResponse, // the path or header is not in that response
        BodyNotJson, // a path into a body that is not JSON
        BadSystemVariable, // `{{$randomInt}}` without its bounds, an unknown `$name`
        Unsupported, // a form outside the subset (`.request.` parts of the REST Client's form)
        Cycle, // variables that use each other
    };
    QString expression; // between the braces
    Reason reason = Reason::Undefined;

    // "{{expression}}: why", in the user's language.
    QString describe() const;
    bool operator==(const UnresolvedVariable &) const = default;
};

// Replaces the placeholders of a request with values from a VariableScope, the named responses
// of a ResponseStore and the system variables. A placeholder it cannot fill is left as written
// and reported. Order of a lookup: a name defined in the scope; else a system variable
// (`$...`); else a chained reference to a named response.
class VariableResolver final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::VariableResolver)

public:
    struct Resolution
    {
        QString text;
        QList<UnresolvedVariable> unresolved; // each expression once, in order of appearance
        bool ok() const { return unresolved.isEmpty(); }
    };
    // A request with its placeholders filled.
    struct ResolvedRequest
    {
        QString method;
        QString url;
        QList<HttpHeader> headers;
        QString body;
        QList<UnresolvedVariable> unresolved;
        bool ok() const { return unresolved.isEmpty(); }
    };

    // `requestNames`: the names of the collection's requests, so a reference to one that has
    // not answered yet says so rather than "undefined".
    VariableResolver(const VariableScope &scope, const ResponseStore &responses,
        const QSet<QString> &requestNames = {});

    Resolution resolve(QStringView text) const;
    ResolvedRequest resolve(const HttpRegion &region) const;
    // The expressions of the placeholders `region` uses, each once (its URL, headers, body and
    // assertions), for a view of "which variables and their values".
    static QStringList expressionsIn(const HttpRegion &region);

private:
    Resolution resolve(QStringView text, QStringList &stack) const;
    // True with `out` set when `expression` has a value; else its problems are added (each
    // expression once, so a repeated one is not reported again).
    bool expand(const QString &expression, QStringList &stack, QString &out,
        QList<UnresolvedVariable> &unresolved) const;
    bool expandInto(const QString &expression, QStringList &stack, QString &out,
        QList<UnresolvedVariable> &unresolved) const;

    const VariableScope &m_scope;
    const ResponseStore &m_responses;
    QSet<QString> m_requestNames;
};

} // namespace xlink
