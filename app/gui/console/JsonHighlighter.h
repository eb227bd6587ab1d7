#pragma once

#include <QColor>
#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace xlink {

// Colours JSON text: keys, strings, numbers and the literals true, false and null. Works line by
// line on pretty or compact JSON and never fails on invalid text (it is what the user is typing).
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    enum class Kind { Key, String, Number, Literal };
    struct Span
    {
        qsizetype start;
        qsizetype length;
        Kind kind;
    };

    explicit JsonHighlighter(QTextDocument *document);
    ~JsonHighlighter() override;

    // The coloured pieces of one line (shared with LargeTextView, which paints rows itself).
    static QList<Span> spans(QStringView text);
    static QColor colour(Kind kind);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace xlink
