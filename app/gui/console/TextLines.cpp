#include "TextLines.h"

#include <algorithm>
#include <cstring>

namespace xlink {

namespace {

bool isContinuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

} // namespace

TextLines::TextLines(QByteArray text, qsizetype maxRowBytes)
    : m_text(std::move(text))
{
    maxRowBytes = std::max<qsizetype>(maxRowBytes, 16);
    const char *data = m_text.constData();
    const qsizetype size = m_text.size();
    // A rough guess (pretty JSON has short lines) saves most reallocations.
    m_starts.reserve(size_t(size / 32 + 1));
    qsizetype start = 0;
    while (true) {
        m_starts.push_back(start);
        const qsizetype window = std::min(maxRowBytes, size - start);
        const void *newline = std::memchr(data + start, '\n', size_t(window));
        qsizetype next;
        if (newline) {
            next = static_cast<const char *>(newline) - data + 1;
        } else if (start + window >= size) {
            m_longest = std::max(m_longest, size - start);
            break;
        } else {
            next = start + window;
            while (next > start + 1 && isContinuation(data[next]))
                --next;
        }
        m_longest = std::max(m_longest, next - start);
        start = next;
        if (start >= size)
            break;
    }
    m_starts.shrink_to_fit();
}

qsizetype TextLines::rowLength(qsizetype row) const
{
    const qsizetype start = rowStart(row);
    qsizetype end = row + 1 < rowCount() ? rowStart(row + 1) : m_text.size();
    if (end > start && m_text.at(end - 1) == '\n')
        --end;
    if (end > start && m_text.at(end - 1) == '\r')
        --end;
    return end - start;
}

QString TextLines::rowText(qsizetype row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return QString::fromUtf8(m_text.constData() + rowStart(row), rowLength(row));
}

qsizetype TextLines::rowAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return std::max<qsizetype>(0, qsizetype(it - m_starts.cbegin()) - 1);
}

qsizetype TextLines::columnOf(qsizetype row, qsizetype offset) const
{
    const qsizetype start = rowStart(row);
    const qsizetype length = std::clamp<qsizetype>(offset - start, 0, rowLength(row));
    return QString::fromUtf8(m_text.constData() + start, length).size();
}

QString TextLines::textBetween(
    qsizetype fromRow, qsizetype fromColumn, qsizetype toRow, qsizetype toColumn) const
{
    if (rowCount() == 0)
        return {};
    fromRow = std::clamp<qsizetype>(fromRow, 0, rowCount() - 1);
    toRow = std::clamp<qsizetype>(toRow, 0, rowCount() - 1);
    if (fromRow == toRow)
        return rowText(fromRow).mid(fromColumn, toColumn - fromColumn);
    // Rows of one line cut by the row width join without a line break.
    auto separator = [this](qsizetype row) {
        const qsizetype next = rowStart(row + 1);
        return next > 0 && m_text.at(next - 1) == '\n' ? QStringView(u"\n") : QStringView();
    };
    QString result = rowText(fromRow).mid(fromColumn);
    result += separator(fromRow);
    for (qsizetype row = fromRow + 1; row < toRow; ++row) {
        result += rowText(row);
        result += separator(row);
    }
    result += rowText(toRow).left(toColumn);
    return result;
}

} // namespace xlink
