#include "VariableScope.h"

#include <algorithm>

namespace xlink {

void VariableScope::setFileVariables(const QList<FileVariable> &variables)
{
    m_file.clear();
    for (const FileVariable &variable : variables)
        m_file.insert(variable.name, variable.value); // a later one replaces an earlier one
}

std::optional<VariableScope::Found> VariableScope::find(const QString &name) const
{
    const std::pair<const QHash<QString, QString> *, Layer> layers[] = {
        { &m_overrides, Layer::Override },
        { &m_file, Layer::File },
        { &m_environmentFile, Layer::EnvironmentFile },
        { &m_environment, Layer::Environment },
    };
    for (const auto &[values, layer] : layers) {
        const auto it = values->constFind(name);
        if (it != values->constEnd())
            return Found { *it, layer };
    }
    return std::nullopt;
}

QStringList VariableScope::names() const
{
    QStringList all
        = m_overrides.keys() + m_file.keys() + m_environmentFile.keys() + m_environment.keys();
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

} // namespace xlink
