#include "JsonHighlighter.h"

#include <QColor>

namespace xlink {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1f, 0x4e, 0x9c));
    m_string.setForeground(QColor(0x1a, 0x7f, 0x37));
    m_number.setForeground(QColor(0xb0, 0x50, 0x00));
    m_literal.setForeground(QColor(0x8e, 0x24, 0xaa));
    m_literal.setFontWeight(QFont::Bold);
}

JsonHighlighter::~JsonHighlighter() = default;

void JsonHighlighter::highlightBlock(const QString &text)
{
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
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < length
                && (text.at(end).isDigit() || text.at(end) == u'.' || text.at(end) == u'e'
                    || text.at(end) == u'E' || text.at(end) == u'+' || text.at(end) == u'-'))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace xlink
