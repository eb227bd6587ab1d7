#include "JsonPathAtCursor.h"

#include "JsonTextPosition.h"

#include <QList>

namespace xlink {

namespace {

struct Level
{
    bool isObject = false;
    bool expectingKey = true; // objects: before the member's ':'
    QString key; // objects: the current member's name
    qsizetype index = 0; // arrays: the current element
};

QString pathOf(const QList<Level> &levels, bool includeLast)
{
    QString path = QStringLiteral("$");
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const Level &level = levels.at(i);
        const bool last = i == levels.size() - 1;
        if (level.isObject) {
            if (last && (!includeLast || level.key.isNull()))
                break;
            path = JsonTextPosition::appendKey(path, level.key);
        } else {
            path = JsonTextPosition::appendIndex(path, level.index);
        }
    }
    return path;
}

} // namespace

QString JsonPathAtCursor::pathAt(QStringView text, qsizetype position)
{
    QList<Level> levels;
    const qsizetype end = std::min(position, text.size());
    qsizetype i = 0;
    while (i < end) {
        const QChar c = text.at(i);
        if (c == u'"') {
            // A string: a key when an object expects one. The cursor inside it or right
            // after its closing quote counts as on it.
            const qsizetype start = i;
            QString value;
            ++i;
            while (i < text.size() && text.at(i) != u'"') {
                if (text.at(i) == u'\\' && i + 1 < text.size())
                    ++i;
                value += text.at(i);
                ++i;
            }
            const qsizetype close = i; // at the closing quote (or the end)
            ++i;
            if (!levels.isEmpty() && levels.last().isObject && levels.last().expectingKey) {
                levels.last().key = value;
                if (position > start && position <= close + 1)
                    return pathOf(levels, true);
            }
            if (close >= end)
                break;
            continue;
        }
        if (c == u'{' || c == u'[') {
            Level level;
            level.isObject = c == u'{';
            levels.append(level);
        } else if (c == u'}' || c == u']') {
            if (!levels.isEmpty())
                levels.removeLast();
            if (levels.isEmpty())
                return {};
        } else if (c == u':') {
            if (!levels.isEmpty() && levels.last().isObject)
                levels.last().expectingKey = false;
        } else if (c == u',') {
            if (!levels.isEmpty()) {
                Level &level = levels.last();
                if (level.isObject) {
                    level.expectingKey = true;
                    level.key = QString();
                } else {
                    ++level.index;
                }
            }
        }
        ++i;
    }
    if (levels.isEmpty())
        return {};
    const Level &last = levels.last();
    // In a member's value: the member; between members: the object itself.
    return pathOf(levels, last.isObject ? !last.expectingKey : true);
}

} // namespace xlink
