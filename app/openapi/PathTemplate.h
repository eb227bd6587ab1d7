#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace xlink {

// A request target written with `{name}` placeholders, as the API description writes its paths
// (`/v2/product/{product_id}`) and as the composer lets a user type them. `{{name}}`, a
// collection's variable, is not one.
class PathTemplate final
{
public:
    // The placeholder names in order of appearance, without braces, without repeats.
    static QStringList names(const QString &path);

    // `path` with each {name} replaced by values[name], percent-encoded as a path segment or
    // query value. Placeholders without a value are left as they are, so they stay visible.
    static QString fill(const QString &path, const QHash<QString, QString> &values);
};

} // namespace xlink
