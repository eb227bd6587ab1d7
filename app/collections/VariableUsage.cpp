#include "VariableUsage.h"

#include "ResponseStore.h"
#include "TemplateText.h"
#include "VariableResolver.h"
#include "VariableScope.h"
#include "call/SecretNames.h"

using namespace Qt::StringLiterals;

namespace xlink {

QList<VariableUsage::Row> VariableUsage::of(
    const HttpRegion &request, const HttpFile &file, const Sources &sources)
{
    VariableScope scope;
    scope.setFileVariables(file.variables());
    if (sources.environmentFile)
        scope.setEnvironmentFileValues(sources.environmentFile->variables(sources.environmentName));
    // One layer, as the runner builds it: the environment's own values over the user's.
    QHash<QString, QString> environment = sources.userVariables;
    for (auto it = sources.environment.constBegin(); it != sources.environment.constEnd(); ++it)
        environment.insert(it.key(), it.value());
    scope.setEnvironmentValues(environment);
    const auto isUserVariable = [&sources](const QString &name) {
        return !sources.environment.contains(name) && sources.userVariables.contains(name);
    };
    const ResponseStore noResponses;
    QSet<QString> requestNames;
    for (const HttpRegion &region : file.regions) {
        if (!region.name.isEmpty())
            requestNames.insert(region.name);
    }
    const VariableResolver resolver(scope, noResponses, requestNames);

    // A private value counts only where it is the one used (a file variable comes first).
    const auto isSecret = [&sources, &scope, &isUserVariable](const QString &name) {
        if (SecretNames::isSecretKey(name) || sources.secretNames.contains(name))
            return true;
        const std::optional<VariableScope::Found> found = scope.find(name);
        if (found && found->layer == VariableScope::Layer::Environment)
            return isUserVariable(name) && sources.userSecretNames.contains(name);
        return found && found->layer == VariableScope::Layer::EnvironmentFile
            && sources.environmentFile
            && sources.environmentFile->isPrivate(sources.environmentName, name);
    };
    QList<Row> rows;
    for (const QString &expression : VariableResolver::expressionsIn(request)) {
        Row row;
        row.expression = expression;
        const std::optional<VariableScope::Found> found = scope.find(expression);
        // A variable whose value uses a secret one is as secret as it.
        bool secret = isSecret(expression);
        if (found) {
            for (const TemplateText::Placeholder &inner : TemplateText::placeholders(found->value))
                secret = secret || isSecret(inner.expression);
            switch (found->layer) {
            case VariableScope::Layer::Override:
                row.source = tr("set for this run");
                break;
            case VariableScope::Layer::File:
                row.source = tr("file variable");
                break;
            case VariableScope::Layer::EnvironmentFile:
                row.source = sources.environmentFile
                        && sources.environmentFile->isPrivate(sources.environmentName, expression)
                    ? tr("private environment file")
                    : tr("environment file");
                break;
            case VariableScope::Layer::Environment:
                if (!isUserVariable(expression))
                    row.source = tr("built in (console environment)");
                else if (sources.userSecretNames.contains(expression))
                    row.source = tr("secret variable of environment %1")
                                     .arg(sources.consoleEnvironmentName);
                else
                    row.source
                        = tr("variable of environment %1").arg(sources.consoleEnvironmentName);
                break;
            }
        } else if (expression.startsWith(u'$')) {
            row.source = tr("system variable (a new value each time)");
        } else {
            row.source = tr("response of an earlier request");
        }
        const VariableResolver::Resolution resolution
            = resolver.resolve(QString(u"{{" + expression + u"}}"));
        row.secret = secret;
        row.resolved = resolution.ok();
        if (resolution.ok())
            row.value = secret ? QString::fromUtf8(mask) : resolution.text;
        else
            row.source = resolution.unresolved.constFirst().describe();
        rows.append(row);
    }
    return rows;
}

} // namespace xlink
