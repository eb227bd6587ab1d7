#include "catalogue/ErrorPageParser.h"

#include "catalogue/ErrorCatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace xlink {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// A table line: any line with a pipe. (The pages have no other use for `|`.)
bool isTableLine(QStringView trimmed)
{
    return trimmed.contains(u'|');
}

// Cells of a table row, with or without leading and trailing pipes; `\|` is a literal pipe.
QStringList cellsOf(QStringView trimmed)
{
    QStringView row = trimmed;
    if (row.startsWith(u'|'))
        row = row.sliced(1);
    if (row.endsWith(u'|') && !row.endsWith(u"\\|"))
        row.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (c == u'\\' && i + 1 < row.size() && row.at(i + 1) == u'|') {
            cell.append(u'|');
            ++i;
        } else if (c == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

// `| -- | -- |`, `|----|----`, `:--|:--:`: every cell dashes with optional alignment colons.
bool isSeparatorRow(const QStringList &cells)
{
    bool anyDash = false;
    for (const QString &cell : cells) {
        if (cell.isEmpty())
            continue;
        for (const QChar c : cell) {
            if (c == u'-')
                anyDash = true;
            else if (c != u':' && c != u' ')
                return false;
        }
    }
    return anyDash;
}

// Removes Markdown emphasis and code marks around a cell: **4001001**, `4001001`.
QString plainCell(const QString &cell)
{
    QStringView view(cell);
    while (
        !view.isEmpty() && (view.front() == u'*' || view.front() == u'`' || view.front() == u'_'))
        view = view.sliced(1);
    while (!view.isEmpty() && (view.back() == u'*' || view.back() == u'`' || view.back() == u'_'))
        view.chop(1);
    return view.trimmed().toString();
}

bool isSevenDigitCode(QStringView cell)
{
    return cell.size() == 7 && std::all_of(cell.begin(), cell.end(), isAsciiDigit);
}

enum class TableKind { Codes, Other };

// What a header says the table holds; nothing when the header is unfamiliar (then the first
// row decides).
std::optional<TableKind> kindFromHeader(const QStringList &header)
{
    const QString first = plainCell(header.value(0)).toLower();
    if (first.contains(u"http") || first.contains(u"status") || first.contains(u"状态"))
        return TableKind::Other;
    if (first.contains(u"code") || first.contains(u"错误码") || first.contains(u"错误编号")
        || first.contains(u"代码"))
        return TableKind::Codes;
    return std::nullopt;
}

// The HTTP status a section heading announces: `**HTTP 返回状态码为400的错误说明：**`,
// `## 403 Forbidden`, `### Errors with HTTP status 404`. 0 when the line is not such a heading.
int sectionStatus(QStringView trimmed)
{
    const bool heading = trimmed.startsWith(u'#') || trimmed.startsWith(u"**")
        || trimmed.startsWith(u"__") || trimmed.contains(u"HTTP", Qt::CaseInsensitive)
        || trimmed.contains(u"状态码") || trimmed.contains(u"status", Qt::CaseInsensitive);
    if (!heading)
        return 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (!isAsciiDigit(trimmed.at(i)) || (i > 0 && isAsciiDigit(trimmed.at(i - 1))))
            continue;
        qsizetype j = i;
        while (j < trimmed.size() && isAsciiDigit(trimmed.at(j)))
            ++j;
        // "HTTP/1.1" and "2016-02" are not statuses: exactly three digits, not after a dot.
        const bool afterDot = i > 0 && trimmed.at(i - 1) == u'.';
        const bool beforeDot = j < trimmed.size() && trimmed.at(j) == u'.';
        if (j - i == 3 && !afterDot && !beforeDot) {
            const int status = trimmed.sliced(i, 3).toInt();
            if (status >= 100 && status <= 599)
                return status;
        }
        i = j;
    }
    return 0;
}

struct Seen
{
    int line = 0;
    QString message;
};

class PageReader final
{
public:
    ErrorPageParser::Result read(QStringView text)
    {
        QList<QStringView> lines;
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            QStringView line = text.sliced(start, end - start);
            if (line.endsWith(u'\r'))
                line.chop(1);
            lines.append(line);
            start = end + 1;
        }

        bool inFence = false;
        for (qsizetype i = 0; i < lines.size() && m_result.ok(); ++i) {
            const QStringView raw = lines.at(i);
            const QStringView trimmed = raw.trimmed();
            if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || trimmed.isEmpty())
                continue;
            // An indented code block (the page's JSON example) is neither heading nor table.
            if (raw.startsWith(u"    ") || raw.startsWith(u'\t'))
                continue;
            if (isTableLine(trimmed)) {
                qsizetype end = i;
                while (end < lines.size() && !lines.at(end).trimmed().isEmpty()
                    && isTableLine(lines.at(end).trimmed()))
                    ++end;
                readTable(lines, i, end);
                i = end - 1;
                continue;
            }
            if (const int status = sectionStatus(trimmed)) {
                m_status = status;
                m_statusLine = int(i + 1);
            }
        }
        if (m_result.ok() && m_result.codes.isEmpty()) {
            fail(0,
                QCoreApplication::translate("xlink::ErrorPageParser",
                    "No error-code table found. A page lists codes in a Markdown table with "
                    "rows such as “| 4001001 | 请求数据字段验证不通过 |”."));
        }
        return std::move(m_result);
    }

private:
    void fail(int line, const QString &message)
    {
        m_result.error = line > 0
            ? QCoreApplication::translate("xlink::ErrorPageParser", "Line %1: %2")
                  .arg(line)
                  .arg(message)
            : message;
        m_result.errorLine = line;
        m_result.codes.clear();
    }

    void readTable(const QList<QStringView> &lines, qsizetype begin, qsizetype end)
    {
        std::optional<TableKind> kind;
        for (qsizetype i = begin; i < end && m_result.ok(); ++i) {
            const QStringList cells = cellsOf(lines.at(i).trimmed());
            if (isSeparatorRow(cells))
                continue;
            // A row followed by a separator is a header: it says what the table holds.
            if (i + 1 < end && isSeparatorRow(cellsOf(lines.at(i + 1).trimmed()))) {
                kind = kindFromHeader(cells);
                continue;
            }
            // A table without a header (or with an unfamiliar one) holds codes if its first
            // row starts with one.
            if (!kind)
                kind = isSevenDigitCode(plainCell(cells.value(0))) ? TableKind::Codes
                                                                   : TableKind::Other;
            if (*kind == TableKind::Codes)
                readRow(cells, int(i + 1));
        }
    }

    void readRow(const QStringList &cells, int line)
    {
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); }))
            return;
        const QString codeCell = plainCell(cells.value(0));
        if (!isSevenDigitCode(codeCell)) {
            fail(line,
                QCoreApplication::translate("xlink::ErrorPageParser",
                    "the first column should hold a 7-digit error code, but it reads “%1”.")
                    .arg(codeCell));
            return;
        }
        const int code = codeCell.toInt();
        const QString message = cells.size() > 1 ? cells.at(1) : QString();
        if (message.isEmpty()) {
            fail(line,
                QCoreApplication::translate(
                    "xlink::ErrorPageParser", "code %1 has no message in the second column.")
                    .arg(code));
            return;
        }
        const int codeStatus = ErrorCatalogue::statusOfCode(code);
        if (codeStatus == 0) {
            fail(line,
                QCoreApplication::translate("xlink::ErrorPageParser",
                    "%1 is not a platform error code: a code is an HTTP status followed by a "
                    "4-digit number.")
                    .arg(code));
            return;
        }
        if (m_status != 0 && codeStatus != m_status) {
            fail(line,
                QCoreApplication::translate("xlink::ErrorPageParser",
                    "code %1 is listed under HTTP %2 (the heading on line %3), but its first "
                    "three digits say HTTP %4.")
                    .arg(code)
                    .arg(m_status)
                    .arg(m_statusLine)
                    .arg(codeStatus));
            return;
        }
        const auto seen = m_seen.constFind(code);
        if (seen != m_seen.cend()) {
            const bool same = seen->message == message;
            m_result.notes.append({ same ? ErrorPageParser::Note::Kind::DuplicateSame
                                         : ErrorPageParser::Note::Kind::DuplicateDifferent,
                code, line, seen->line });
            if (same)
                return;
        } else {
            m_seen.insert(code, { line, message });
        }
        m_result.codes.append({ code, codeStatus, message, line });
    }

    ErrorPageParser::Result m_result;
    QHash<int, Seen> m_seen;
    int m_status = 0;
    int m_statusLine = 0;
};

} // namespace

QString ErrorPageParser::Note::text() const
{
    if (kind == Kind::DuplicateSame) {
        return QCoreApplication::translate("xlink::ErrorPageParser",
            "Line %1: code %2 repeats line %3 with the same message; the repeat is "
            "ignored.")
            .arg(line)
            .arg(code)
            .arg(firstLine);
    }
    return QCoreApplication::translate("xlink::ErrorPageParser",
        "Line %1: code %2 appears again (first on line %3) with a different message; "
        "both messages are kept.")
        .arg(line)
        .arg(code)
        .arg(firstLine);
}

ErrorPageParser::Result ErrorPageParser::parse(const QByteArray &data)
{
    if (data.size() > MaxPageSize) {
        Result result;
        result.error = QCoreApplication::translate("xlink::ErrorPageParser",
            "The file is %1 MB; an error-code page is far smaller. Is it the "
            "right file?")
                           .arg(data.size() / (1024 * 1024));
        return result;
    }
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    const qsizetype nul = bytes.indexOf('\0');
    if (decoder.hasError() || nul >= 0) {
        // Find the first line that does not decode, to point the user at it.
        int line = 1;
        qsizetype start = 0;
        while (start <= bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            const QByteArrayView lineBytes = bytes.sliced(start, end - start);
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = lineDecoder.decode(lineBytes); // decodes on conversion
            if (lineDecoder.hasError() || lineBytes.contains('\0'))
                break;
            ++line;
            start = end + 1;
        }
        Result result;
        result.errorLine = line;
        result.error = QCoreApplication::translate("xlink::ErrorPageParser",
            "Line %1: the file is not UTF-8 text. Save the page as UTF-8 (for "
            "example with “iconv -f GBK -t UTF-8”) and import it again.")
                           .arg(line);
        return result;
    }
    return parse(QStringView(text));
}

ErrorPageParser::Result ErrorPageParser::parse(QStringView text)
{
    return PageReader().read(text);
}

} // namespace xlink
