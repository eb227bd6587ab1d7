#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

namespace xlink {

// Where things are in a JSON text, for messages that name a line: the line and column of a
// byte offset (what QJsonParseError reports), and the lines of the values at given JSON paths
// (`$.list[0].name`), found by one scan of the text without building a document.
class JsonTextPosition final
{
public:
    struct LineColumn
    {
        int line = 0; // 1-based
        int column = 0; // 1-based, in bytes
    };
    static LineColumn at(QByteArrayView text, qsizetype offset);

    // The 1-based line where the value at each of `paths` starts; a path that is not in the
    // text (or a text that is not valid JSON from there on) is left out.
    static QHash<QString, int> linesOf(QByteArrayView text, const QStringList &paths);

    // `$.a.b[2]`: the path syntax used in problems. A name that is not a plain identifier is
    // written in brackets and quotes (`$["content-type"]`).
    static QString appendKey(const QString &path, const QString &key);
    static QString appendIndex(const QString &path, qsizetype index);
};

} // namespace xlink
