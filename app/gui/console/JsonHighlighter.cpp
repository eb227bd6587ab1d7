#include "JsonHighlighter.h"

#include <QColor>

namespace xlink {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(colour(Kind::Key));
    m_string.setForeground(colour(Kind::String));
    m_number.setForeground(colour(Kind::Number));
    m_literal.setForeground(colour(Kind::Literal));
    m_literal.setFontWeight(QFont::Bold);
}

JsonHighlighter::~JsonHighlighter() = default;

QColor JsonHighlighter::colour(Kind kind)
{
    switch (kind) {
    case Kind::Key:
        return QColor(0x1f, 0x4e, 0x9c);
    case Kind::String:
        return QColor(0x1a, 0x7f, 0x37);
    case Kind::Number:
        return QColor(0xb0, 0x50, 0x00);
    case Kind::Literal:
        return QColor(0x8e, 0x24, 0xaa);
    }
    return {};
}

QList<JsonHighlighter::Span> JsonHighlighter::spans(QStringView text)
{
    QList<Span> result;
    const qsizetype length = text.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < length && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, length);
            // A string followed by a colon is an object key.
            qsizetype next = end;
            while (next < length && text.at(next).isSpace())
                ++next;
            const bool isKey = next < length && text.at(next) == u':';
            result.append({ i, end - i, isKey ? Kind::Key : Kind::String });
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < length
                && (text.at(end).isDigit() || text.at(end) == u'.' || text.at(end) == u'e'
                    || text.at(end) == u'E' || text.at(end) == u'+' || text.at(end) == u'-'))
                ++end;
            result.append({ i, end - i, Kind::Number });
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length && text.at(end).isLetter())
                ++end;
            const QStringView word = text.mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                result.append({ i, end - i, Kind::Literal });
            i = end;
        } else {
            ++i;
        }
    }
    return result;
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    for (const Span &span : spans(text)) {
        const QTextCharFormat &format = span.kind == Kind::Key ? m_key
            : span.kind == Kind::String                        ? m_string
            : span.kind == Kind::Number                        ? m_number
                                                               : m_literal;
        setFormat(int(span.start), int(span.length), format);
    }
}

} // namespace xlink
