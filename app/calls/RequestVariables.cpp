#include "RequestVariables.h"

namespace xlink {

QString RequestVariables::resolveText(
    const QString &text, const VariableMap &variables, QStringList *unresolved)
{
    qsizetype open = text.indexOf(u"{{");
    if (open < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    while (open >= 0) {
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        const auto found = variables.constFind(name);
        out += QStringView(text).mid(done, open - done);
        if (found != variables.constEnd()) {
            out += *found;
        } else {
            out += QStringView(text).mid(open, close + 2 - open);
            if (unresolved && !name.isEmpty() && !unresolved->contains(name))
                unresolved->append(name);
        }
        done = close + 2;
        open = text.indexOf(u"{{", done);
    }
    out += QStringView(text).mid(done);
    return out;
}

RequestVariables::Resolved RequestVariables::resolve(
    ApiRequest request, const VariableMap &variables)
{
    Resolved resolved;
    request.target = resolveText(request.target, variables, &resolved.unresolved);
    for (auto &[name, value] : request.headers) {
        if (value.contains("{{"))
            value = resolveText(QString::fromUtf8(value), variables, &resolved.unresolved).toUtf8();
    }
    if (request.body.contains("{{"))
        request.body = resolveText(QString::fromUtf8(request.body), variables, &resolved.unresolved)
                           .toUtf8();
    resolved.request = std::move(request);
    return resolved;
}

} // namespace xlink
