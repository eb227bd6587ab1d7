#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace xlink {

// UTF-8 text split into display rows: at every line end, and within a line every
// `maxRowBytes` (at a character boundary), so that a body of one 50 MB line still paints a row
// at a time. Built off the GUI thread; immutable and shared afterwards.
class TextLines final
{
public:
    static constexpr qsizetype defaultMaxRowBytes = 4096;

    TextLines() = default;
    explicit TextLines(QByteArray text, qsizetype maxRowBytes = defaultMaxRowBytes);

    const QByteArray &text() const { return m_text; }
    qsizetype rowCount() const { return qsizetype(m_starts.size()); }
    qsizetype longestRowBytes() const { return m_longest; }

    // Byte range of a row, without its line end.
    qsizetype rowStart(qsizetype row) const { return m_starts.at(size_t(row)); }
    qsizetype rowLength(qsizetype row) const;
    QString rowText(qsizetype row) const;
    // The row holding byte `offset`.
    qsizetype rowAt(qsizetype offset) const;
    // Characters (UTF-16 units) of row `row` before byte `offset` of the text.
    qsizetype columnOf(qsizetype row, qsizetype offset) const;

    // The text between two (row, UTF-16 column) positions, line ends included.
    QString textBetween(
        qsizetype fromRow, qsizetype fromColumn, qsizetype toRow, qsizetype toColumn) const;

private:
    QByteArray m_text;
    std::vector<qsizetype> m_starts;
    qsizetype m_longest = 0;
};

} // namespace xlink
