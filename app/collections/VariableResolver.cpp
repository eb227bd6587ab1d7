#include "VariableResolver.h"

#include "ChainReference.h"
#include "SystemVariables.h"
#include "TemplateText.h"

namespace xlink {

namespace {

// Deeper than any sensible chain of variables; stops a runaway one.
constexpr int maxDepth = 16;

void addOnce(QList<UnresolvedVariable> &list, const UnresolvedVariable &item)
{
    for (const UnresolvedVariable &existing : std::as_const(list)) {
        if (existing.expression == item.expression)
            return;
    }
    list.append(item);
}

} // namespace

QString UnresolvedVariable::describe() const
{
    QString why;
    switch (reason) {
    case Reason::Undefined:
        why = VariableResolver::tr("not defined in the environment, the file or --var");
        break;
    case Reason::NoResponse:
        why = VariableResolver::tr("the request it reads has not answered in this run");
        break;
    case Reason::NotInResponse:
        why = VariableResolver::tr("not in the response it reads");
        break;
    case Reason::BodyNotJson:
        why = VariableResolver::tr("the response it reads is not JSON");
        break;
    case Reason::BadSystemVariable:
        why = VariableResolver::tr("not a system variable this console knows "
                                   "($guid, $timestamp, $randomInt MIN MAX, $datetime)");
        break;
    case Reason::Unsupported:
        why = VariableResolver::tr("this form is not supported (only .response.body and "
                                   ".response.headers)");
        break;
    case Reason::Cycle:
        why = VariableResolver::tr("its value uses itself");
        break;
    }
    return u"{{" + expression + u"}}: " + why;
}

VariableResolver::VariableResolver(
    const VariableScope &scope, const ResponseStore &responses, const QSet<QString> &requestNames)
    : m_scope(scope)
    , m_responses(responses)
    , m_requestNames(requestNames)
{ }

VariableResolver::Resolution VariableResolver::resolve(QStringView text) const
{
    QStringList stack;
    return resolve(text, stack);
}

VariableResolver::Resolution VariableResolver::resolve(QStringView text, QStringList &stack) const
{
    Resolution result;
    qsizetype from = 0;
    for (const TemplateText::Placeholder &placeholder : TemplateText::placeholders(text)) {
        result.text += text.mid(from, placeholder.start - from);
        QString value;
        if (expand(placeholder.expression, stack, value, result.unresolved))
            result.text += value;
        else
            result.text += text.mid(placeholder.start, placeholder.length);
        from = placeholder.start + placeholder.length;
    }
    result.text += text.mid(from);
    return result;
}

bool VariableResolver::expand(const QString &expression, QStringList &stack, QString &out,
    QList<UnresolvedVariable> &unresolved) const
{
    const qsizetype before = unresolved.size();
    const bool expanded = expandInto(expression, stack, out, unresolved);
    return expanded && unresolved.size() == before;
}

bool VariableResolver::expandInto(const QString &expression, QStringList &stack, QString &out,
    QList<UnresolvedVariable> &unresolved) const
{
    using Reason = UnresolvedVariable::Reason;
    if (const auto found = m_scope.find(expression)) {
        if (stack.contains(expression) || stack.size() >= maxDepth) {
            addOnce(unresolved, { expression, Reason::Cycle });
            return false;
        }
        stack.append(expression);
        Resolution inner = resolve(found->value, stack);
        stack.removeLast();
        for (const UnresolvedVariable &u : std::as_const(inner.unresolved))
            addOnce(unresolved, u);
        out = inner.text;
        return inner.ok();
    }
    if (expression.startsWith(u'$')) {
        const SystemVariables::Result system = SystemVariables::evaluate(expression);
        if (system.outcome != SystemVariables::Outcome::Value) {
            addOnce(unresolved, { expression, Reason::BadSystemVariable });
            return false;
        }
        out = system.value;
        return true;
    }
    const std::optional<ChainReference> reference = ChainReference::parse(expression);
    const StoredResponse *response = reference ? m_responses.find(reference->name) : nullptr;
    if (!reference || (!response && !m_requestNames.contains(reference->name))) {
        addOnce(unresolved, { expression, Reason::Undefined });
        return false;
    }
    if (reference->part == ChainReference::Part::Unsupported) {
        addOnce(unresolved, { expression, Reason::Unsupported });
        return false;
    }
    if (!response) {
        addOnce(unresolved, { expression, Reason::NoResponse });
        return false;
    }
    switch (reference->part) {
    case ChainReference::Part::WholeBody:
        out = QString::fromUtf8(response->body);
        return true;
    case ChainReference::Part::Header: {
        const QByteArray value = response->header(reference->header.toUtf8());
        if (value.isNull()) {
            addOnce(unresolved, { expression, Reason::NotInResponse });
            return false;
        }
        out = QString::fromUtf8(value);
        return true;
    }
    case ChainReference::Part::BodyPath: {
        if (!response->json()) {
            addOnce(unresolved, { expression, Reason::BodyNotJson });
            return false;
        }
        const std::optional<QJsonValue> value
            = JsonPath::evaluate(*response->json(), reference->path);
        if (!value || value->isUndefined()) {
            addOnce(unresolved, { expression, Reason::NotInResponse });
            return false;
        }
        out = JsonPath::toText(*value);
        return true;
    }
    case ChainReference::Part::Unsupported:
        break;
    }
    return false;
}

VariableResolver::ResolvedRequest VariableResolver::resolve(const HttpRegion &region) const
{
    ResolvedRequest request;
    request.method = region.method;
    const auto take = [&](QStringView text) {
        Resolution r = resolve(text);
        for (const UnresolvedVariable &u : std::as_const(r.unresolved))
            addOnce(request.unresolved, u);
        return r.text;
    };
    request.url = take(region.url);
    for (const HttpHeader &header : region.headers)
        request.headers.append({ header.name, take(header.value) });
    request.body = take(region.body);
    return request;
}

QStringList VariableResolver::expressionsIn(const HttpRegion &region)
{
    QStringList expressions;
    const auto add = [&](QStringView text) {
        for (const TemplateText::Placeholder &p : TemplateText::placeholders(text)) {
            if (!expressions.contains(p.expression))
                expressions.append(p.expression);
        }
    };
    add(region.url);
    for (const HttpHeader &header : region.headers)
        add(header.value);
    add(region.body);
    for (const AssertionLine &assertion : region.assertions)
        add(assertion.text);
    return expressions;
}

} // namespace xlink
