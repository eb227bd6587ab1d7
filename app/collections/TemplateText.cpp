#include "TemplateText.h"

namespace xlink {

QList<TemplateText::Placeholder> TemplateText::placeholders(QStringView text)
{
    QList<Placeholder> found;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{", from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        found.append(
            { open, close + 2 - open, text.mid(open + 2, close - open - 2).trimmed().toString() });
        from = close + 2;
    }
    return found;
}

qsizetype TemplateText::unclosedAt(QStringView text)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{", from);
        if (open < 0)
            return -1;
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0)
            return open;
        from = close + 2;
    }
}

} // namespace xlink
