#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace xlink {

// The `{{ ... }}` placeholders of a URL, header, body or variable value.
class TemplateText final
{
public:
    struct Placeholder
    {
        qsizetype start = 0; // of the opening braces
        qsizetype length = 0; // braces included
        QString expression; // between the braces, trimmed: "baseUrl", "login.token", "$guid"
    };

    static QList<Placeholder> placeholders(QStringView text);
    // Index of the first `{{` without its `}}`, or -1.
    static qsizetype unclosedAt(QStringView text);
};

} // namespace xlink
