#include "PathTemplate.h"

#include <QRegularExpression>
#include <QUrl>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

const QRegularExpression &placeholderPattern()
{
    // `{{name}}` is a collection's variable (filled by the call pipeline), not a placeholder.
    static const QRegularExpression pattern(u"(?<!\\{)\\{([A-Za-z_][A-Za-z0-9_]*)\\}(?!\\})"_s);
    return pattern;
}

} // namespace

QStringList PathTemplate::names(const QString &path)
{
    QStringList names;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(path)) {
        const QString name = match.captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString PathTemplate::fill(const QString &path, const QHash<QString, QString> &values)
{
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(path)) {
        result += QStringView(path).sliced(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        if (value != values.cend() && !value->isEmpty())
            result += QString::fromLatin1(QUrl::toPercentEncoding(*value));
        else
            result += match.captured(0);
        last = match.capturedEnd();
    }
    result += QStringView(path).sliced(last);
    return result;
}

} // namespace xlink
