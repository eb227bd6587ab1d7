#include "JsonTextPosition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

// A recursive-descent walk over valid JSON that records the line of each value whose path is
// wanted. Only the values on the way to a wanted one are read; the others are skipped over
// without building their paths, and the walk ends with the last wanted value, so a few
// problems in a 10 MB body cost a fraction of reading it. Nesting is bounded so a hostile text
// cannot exhaust the stack.
class Scanner final
{
public:
    Scanner(QByteArrayView text, const QSet<QString> &wanted)
        : m_text(text)
        , m_wanted(wanted)
    {
        // Every path that leads to a wanted one ends where one of its steps begins. A '.' or
        // '[' inside a quoted member name adds a path that leads nowhere, which only costs a
        // look inside a value that is then skipped.
        for (const QString &path : wanted) {
            for (qsizetype i = 1; i < path.size(); ++i) {
                if (path.at(i) == u'.' || path.at(i) == u'[')
                    m_ancestors.insert(path.left(i));
            }
        }
    }

    QHash<QString, int> run()
    {
        skipSpace();
        value(u"$"_s, 0);
        return m_found;
    }

private:
    static constexpr int maxDepth = 512;

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void advance()
    {
        if (m_text.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                return;
            advance();
        }
    }

    // Returns the decoded string; the cursor is after the closing quote.
    QString string()
    {
        const qsizetype start = m_pos;
        advance(); // opening quote
        bool escaped = false;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                escaped = true;
                advance();
            }
            if (!atEnd())
                advance();
        }
        const qsizetype end = m_pos;
        if (!atEnd())
            advance();
        const QByteArrayView raw = m_text.sliced(start, end - start + 1);
        if (!escaped)
            return QString::fromUtf8(raw.sliced(1, raw.size() - 2));
        const QByteArray wrapped = "[" + raw.toByteArray() + "]";
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    // Moves past one value without reading it: strings are stepped over whole so a bracket
    // inside one does not count.
    bool skip()
    {
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                skipString();
            } else if (c == '{' || c == '[') {
                if (++depth > maxDepth)
                    return false;
                advance();
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return true; // the end of the container this value is in
                advance();
                if (--depth == 0)
                    return true;
            } else if (depth == 0
                && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                return true;
            } else {
                advance();
            }
        }
        return depth == 0;
    }

    void skipString()
    {
        advance(); // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                advance();
            if (!atEnd())
                advance();
        }
        if (!atEnd())
            advance();
    }

    bool done() const { return m_found.size() == m_wanted.size(); }

    bool value(const QString &path, int depth)
    {
        if (atEnd() || depth > maxDepth || done())
            return false;
        if (m_wanted.contains(path))
            m_found.insert(path, m_line);
        if (!m_ancestors.contains(path))
            return skip();
        const char c = peek();
        if (c == '{') {
            advance();
            skipSpace();
            if (peek() == '}') {
                advance();
                return true;
            }
            while (!atEnd()) {
                skipSpace();
                if (peek() != '"')
                    return false;
                const QString key = string();
                skipSpace();
                if (peek() != ':')
                    return false;
                advance();
                skipSpace();
                if (!value(JsonTextPosition::appendKey(path, key), depth + 1))
                    return false;
                skipSpace();
                if (peek() == ',') {
                    advance();
                    continue;
                }
                if (peek() == '}') {
                    advance();
                    return true;
                }
                return false;
            }
            return false;
        }
        if (c == '[') {
            advance();
            skipSpace();
            if (peek() == ']') {
                advance();
                return true;
            }
            qsizetype index = 0;
            while (!atEnd()) {
                skipSpace();
                if (!value(JsonTextPosition::appendIndex(path, index++), depth + 1))
                    return false;
                skipSpace();
                if (peek() == ',') {
                    advance();
                    continue;
                }
                if (peek() == ']') {
                    advance();
                    return true;
                }
                return false;
            }
            return false;
        }
        if (c == '"') {
            string();
            return true;
        }
        // number, true, false, null
        while (!atEnd()) {
            const char d = peek();
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                break;
            advance();
        }
        return true;
    }

    QByteArrayView m_text;
    const QSet<QString> &m_wanted;
    QSet<QString> m_ancestors;
    QHash<QString, int> m_found;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool isIdentifier(const QString &key)
{
    if (key.isEmpty() || key.at(0).isDigit())
        return false;
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() || c == u'_'))
            return false;
    }
    return true;
}

} // namespace

JsonTextPosition::LineColumn JsonTextPosition::at(QByteArrayView text, qsizetype offset)
{
    LineColumn result { 1, 1 };
    const qsizetype end = qBound(qsizetype(0), offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++result.line;
            result.column = 1;
        } else {
            ++result.column;
        }
    }
    return result;
}

QHash<QString, int> JsonTextPosition::linesOf(QByteArrayView text, const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    const QSet<QString> wanted(paths.cbegin(), paths.cend());
    return Scanner(text, wanted).run();
}

QString JsonTextPosition::appendKey(const QString &path, const QString &key)
{
    if (isIdentifier(key))
        return path + u'.' + key;
    QString quoted = key;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return path + u"[\"" + quoted + u"\"]";
}

QString JsonTextPosition::appendIndex(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

} // namespace xlink
