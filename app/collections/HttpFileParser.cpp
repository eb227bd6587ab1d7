#include "HttpFileParser.h"

#include "TemplateText.h"

#include <QStringDecoder>

namespace xlink {

namespace {

// One line of the file: its text without the line break, and its place.
struct Line
{
    QStringView text;
    int number = 0; // 1-based
    qsizetype start = 0; // offset of the line in the file's text
    qsizetype end = 0; // offset after its line break
};

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool isSeparator(QStringView line)
{
    return line.trimmed().startsWith(u"###");
}

// The text after `#` or `//` when `line` is a comment, else a null view.
QStringView commentText(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.startsWith(u'#'))
        return t.mid(1);
    if (t.startsWith(u"//"))
        return t.mid(2);
    return {};
}

bool isAssertion(QStringView line)
{
    return line.trimmed().startsWith(u"??");
}

bool isTokenChar(QChar c)
{
    // RFC 9110 token characters.
    if (c.unicode() > 0x7e || c.unicode() <= 0x20)
        return false;
    return !QStringView(u"\"(),/:;<=>?@[\\]{}").contains(c);
}

int columnOf(QStringView line, QStringView part)
{
    return int(part.data() - line.data()) + 1;
}

// The 1-based line and column of the first byte that is not UTF-8.
std::pair<int, int> invalidUtf8At(const QByteArray &bytes)
{
    int line = 1;
    int column = 1;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int length = 0;
        unsigned minimum = 0;
        if (c < 0x80)
            length = 1;
        else if ((c & 0xe0) == 0xc0)
            length = 2, minimum = 0x80;
        else if ((c & 0xf0) == 0xe0)
            length = 3, minimum = 0x800;
        else if ((c & 0xf8) == 0xf0)
            length = 4, minimum = 0x10000;
        else
            return { line, column };
        if (i + length > n)
            return { line, column };
        unsigned codePoint = length == 1 ? c : (c & (0x7f >> length));
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return { line, column };
            codePoint = (codePoint << 6) | (p[i + k] & 0x3f);
        }
        if (codePoint < minimum || codePoint > 0x10ffff
            || (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return { line, column };
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            column += codePoint >= 0x10000 ? 2 : 1;
        }
        i += length;
    }
    return { line, column };
}

class RegionReader final
{
    // Its messages are the parser's.
    Q_DECLARE_TR_FUNCTIONS(xlink::HttpFileParser)

public:
    RegionReader(HttpRegion &region, QList<ParseProblem> &problems)
        : m_region(region)
        , m_problems(problems)
    { }

    void read(const QList<Line> &lines, qsizetype first, qsizetype last);

private:
    enum class State { Preamble, Url, Headers, Body };

    void problem(const Line &line, int column, const QString &message)
    {
        m_problems.append({ line.number, column, message });
    }
    bool startsScript(const Line &line);
    void preambleLine(const Line &line);
    void requestLine(const Line &line);
    void headerLine(const Line &line);
    QStringView takeVersion(const Line &line, QStringView rest);
    void checkPlaceholders(const Line &line, QStringView part);

    HttpRegion &m_region;
    QList<ParseProblem> &m_problems;
    State m_state = State::Preamble;
    // Inside a multi-line script: the list it goes to and the text that ends it.
    QStringList *m_script = nullptr;
    QString m_scriptEnd;
    QStringList m_bodyLines;
};

void RegionReader::read(const QList<Line> &lines, qsizetype first, qsizetype last)
{
    for (qsizetype i = first; i < last; ++i) {
        const Line &line = lines.at(i);
        if (i == first && m_region.hasSeparator) {
            m_region.title = line.text.trimmed().mid(3).trimmed().toString();
            // More than three #: "#### title" keeps its extra marks out of the title.
            while (m_region.title.startsWith(u'#'))
                m_region.title = m_region.title.mid(1).trimmed();
            continue;
        }
        if (m_script) {
            m_script->append(line.text.toString());
            if (line.text.trimmed().startsWith(m_scriptEnd)
                || line.text.trimmed().endsWith(m_scriptEnd))
                m_script = nullptr;
            continue;
        }
        if (startsScript(line)) {
            continue;
        }
        if (m_state != State::Preamble && m_state != State::Body && isAssertion(line.text)) {
            m_region.assertions.append({ line.text.toString(), line.number });
            continue;
        }
        switch (m_state) {
        case State::Preamble:
            preambleLine(line);
            break;
        case State::Url: {
            const bool indented = !line.text.isEmpty() && line.text.front().isSpace();
            const QStringView t = line.text.trimmed();
            if (indented && (t.startsWith(u'?') || t.startsWith(u'&'))) {
                // The version may end the last query line too.
                const QStringView part = takeVersion(line, t);
                checkPlaceholders(line, part);
                m_region.url += part;
                break;
            }
            m_state = State::Headers;
            headerLine(line);
            break;
        }
        case State::Headers:
            headerLine(line);
            break;
        case State::Body:
            if (isAssertion(line.text))
                m_region.assertions.append({ line.text.toString(), line.number });
            else
                m_bodyLines.append(line.text.toString());
            break;
        }
    }
    while (!m_bodyLines.isEmpty() && isBlank(m_bodyLines.constLast()))
        m_bodyLines.removeLast();
    m_region.body = m_bodyLines.join(u'\n');
}

bool RegionReader::startsScript(const Line &line)
{
    const QStringView t = line.text.trimmed();
    QStringList *target = nullptr;
    QString end;
    if (m_state == State::Preamble) {
        if (t.startsWith(u'<') && t.mid(1).trimmed().startsWith(u"{%"))
            target = &m_region.scripts, end = QStringLiteral("%}");
        else if (t.startsWith(u"{{") && !t.mid(2).contains(u"}}"))
            target = &m_region.scripts, end = QStringLiteral("}}");
    } else if (m_state == State::Body || m_state == State::Headers) {
        if (t.startsWith(u'>') && t.mid(1).trimmed().startsWith(u"{%"))
            target = &m_region.responseScripts, end = QStringLiteral("%}");
        else if (t.startsWith(u">>"))
            target = &m_region.responseScripts;
    }
    if (!target)
        return false;
    if (m_state == State::Headers)
        m_state = State::Body;
    target->append(line.text.toString());
    const QStringView afterStart = t.mid(t.indexOf(u'{') + 2);
    if (!end.isEmpty() && !afterStart.contains(end)) {
        m_script = target;
        m_scriptEnd = end;
    }
    return true;
}

void RegionReader::preambleLine(const Line &line)
{
    const QStringView text = line.text;
    if (isBlank(text))
        return;
    if (isAssertion(text)) {
        m_region.assertions.append({ text.toString(), line.number });
        return;
    }
    const QStringView comment = commentText(text);
    if (!comment.isNull()) {
        const QStringView c = comment.trimmed();
        if (!c.startsWith(u'@')) {
            m_region.comments.append(c.toString());
            return;
        }
        qsizetype keyEnd = 1;
        while (keyEnd < c.size() && !c.at(keyEnd).isSpace() && c.at(keyEnd) != u'=')
            ++keyEnd;
        const QStringView key = c.mid(1, keyEnd - 1);
        QStringView value = c.mid(keyEnd).trimmed();
        if (value.startsWith(u'='))
            value = value.mid(1).trimmed();
        if (key == u"name") {
            if (value.isEmpty()) {
                problem(line, columnOf(text, c) + int(keyEnd),
                    tr("@name needs a name: # @name createProduct"));
            } else if (!HttpFileParser::isRequestName(value)) {
                problem(line, columnOf(text, value),
                    tr("“%1” cannot be a request name: use letters, digits, _ and -")
                        .arg(value.toString()));
            } else if (!m_region.name.isEmpty()) {
                problem(line, columnOf(text, c),
                    tr("This request is named twice (%1 and %2)")
                        .arg(m_region.name, value.toString()));
            } else {
                m_region.name = value.toString();
            }
            return;
        }
        m_region.directives.append({ key.toString(), value.toString() });
        return;
    }
    const QStringView t = text.trimmed();
    if (t.startsWith(u'@')) {
        qsizetype nameEnd = 1;
        while (nameEnd < t.size() && !t.at(nameEnd).isSpace() && t.at(nameEnd) != u'=')
            ++nameEnd;
        const QStringView name = t.mid(1, nameEnd - 1);
        const QStringView rest = t.mid(nameEnd).trimmed();
        if (!HttpFileParser::isVariableName(name)) {
            problem(line, columnOf(text, t) + 1,
                tr("“%1” cannot be a variable name: use letters, digits, _, - and .")
                    .arg(name.toString()));
            return;
        }
        if (!rest.startsWith(u'=')) {
            problem(line, columnOf(text, t) + int(nameEnd),
                tr("Expected “=” after the variable name: @%1 = value").arg(name.toString()));
            return;
        }
        const QStringView value = rest.mid(1).trimmed();
        checkPlaceholders(line, value);
        m_region.variables.append({ name.toString(), value.toString(), line.number });
        return;
    }
    requestLine(line);
}

void RegionReader::requestLine(const Line &line)
{
    const QStringView text = line.text;
    const QStringView t = text.trimmed();
    qsizetype wordEnd = 0;
    while (wordEnd < t.size() && !t.at(wordEnd).isSpace())
        ++wordEnd;
    const QStringView word = t.left(wordEnd);
    QStringView rest;
    if (HttpFileParser::isMethod(word.toString().toUpper())) {
        m_region.method = word.toString().toUpper();
        rest = t.mid(wordEnd).trimmed();
        if (rest.isEmpty()) {
            problem(line, columnOf(text, t) + int(wordEnd),
                tr("The request line has no URL: %1 https://host/path").arg(m_region.method));
            m_region.method.clear();
            return;
        }
    } else if (word.contains(u"://") || word.startsWith(u"{{") || word.startsWith(u'/')) {
        m_region.method = QStringLiteral("GET");
        rest = t;
    } else {
        problem(line, columnOf(text, t),
            tr("Expected a request line (METHOD URL), a comment, @name = value or ###; "
               "“%1” is not an HTTP method")
                .arg(word.left(40).toString()));
        return;
    }
    m_region.requestLine = line.number;
    rest = takeVersion(line, rest);
    checkPlaceholders(line, rest);
    m_region.url = rest.toString();
    m_state = State::Url;
}

// A trailing " HTTP/x.y" is the version: it is taken off `rest`, which is returned trimmed.
QStringView RegionReader::takeVersion(const Line &line, QStringView rest)
{
    qsizetype lastSpace = rest.size() - 1;
    while (lastSpace >= 0 && !rest.at(lastSpace).isSpace())
        --lastSpace;
    if (lastSpace > 0 && rest.mid(lastSpace + 1).startsWith(u"HTTP/")) {
        const QStringView version = rest.mid(lastSpace + 1);
        static const QStringList known = { QStringLiteral("HTTP/1.0"), QStringLiteral("HTTP/1.1"),
            QStringLiteral("HTTP/2"), QStringLiteral("HTTP/2.0") };
        if (!known.contains(version)) {
            problem(line, columnOf(line.text, version),
                tr("Unknown HTTP version “%1” (HTTP/1.1 or HTTP/2)").arg(version.toString()));
        }
        m_region.httpVersion = version.toString();
        return rest.left(lastSpace).trimmed();
    }
    return rest;
}

void RegionReader::headerLine(const Line &line)
{
    const QStringView text = line.text;
    if (isBlank(text)) {
        m_state = State::Body;
        return;
    }
    if (!commentText(text).isNull())
        return; // a comment between headers: kept in the source only
    const qsizetype colon = text.indexOf(u':');
    const QStringView name = colon > 0 ? text.left(colon).trimmed() : QStringView();
    if (colon <= 0 || name.isEmpty()) {
        problem(line, 1, tr("Expected a header (Name: value), or a blank line before the body"));
        return;
    }
    for (const QChar c : name) {
        if (!isTokenChar(c)) {
            problem(line, columnOf(text, name),
                tr("“%1” cannot be a header name").arg(name.left(40).toString()));
            return;
        }
    }
    const QStringView value = text.mid(colon + 1).trimmed();
    checkPlaceholders(line, value);
    m_region.headers.append({ name.toString(), value.toString() });
}

void RegionReader::checkPlaceholders(const Line &line, QStringView part)
{
    const qsizetype at = TemplateText::unclosedAt(part);
    if (at >= 0) {
        problem(line, columnOf(line.text, part) + int(at), tr("“{{” without its “}}”"));
    }
}

} // namespace

bool HttpFileParser::isMethod(QStringView word)
{
    static const QStringList methods
        = { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
              QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
              QStringLiteral("OPTIONS"), QStringLiteral("TRACE"), QStringLiteral("CONNECT") };
    return methods.contains(word);
}

bool HttpFileParser::isRequestName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-'))
            return false;
    }
    return true;
}

bool HttpFileParser::isVariableName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

HttpFileParser::Result HttpFileParser::parse(const QByteArray &bytes)
{
    Result result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        const auto [line, column] = invalidUtf8At(bytes);
        result.problems.append({ line, column, tr("The file is not UTF-8 text") });
        return result;
    }
    if (bytes.startsWith("\xef\xbb\xbf")) {
        // Qt drops the byte order mark; the writer puts it back.
        result.file.byteOrderMark = true;
    }

    QList<Line> lines;
    qsizetype start = 0;
    int number = 1;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        if (end < 0)
            end = text.size();
        qsizetype contentEnd = end;
        if (contentEnd > start && text.at(contentEnd - 1) == u'\r')
            --contentEnd;
        if (lines.isEmpty() && end < text.size())
            result.file.lineBreak
                = contentEnd < end ? QStringLiteral("\r\n") : QStringLiteral("\n");
        lines.append({ QStringView(text).mid(start, contentEnd - start), number++, start, next });
        start = next;
    }

    qsizetype first = 0;
    while (first < lines.size()) {
        qsizetype last = first + 1;
        while (last < lines.size() && !isSeparator(lines.at(last).text))
            ++last;
        HttpRegion region;
        region.hasSeparator = isSeparator(lines.at(first).text);
        region.firstLine = lines.at(first).number;
        RegionReader(region, result.problems).read(lines, first, last);
        region.source
            = text.mid(lines.at(first).start, lines.at(last - 1).end - lines.at(first).start);
        result.file.regions.append(region);
        first = last;
    }

    // Names must be unique within a file: a chained {{NAME...}} must say which response.
    for (qsizetype i = 0; i < result.file.regions.size(); ++i) {
        const HttpRegion &region = result.file.regions.at(i);
        if (region.name.isEmpty())
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (result.file.regions.at(j).name == region.name) {
                result.problems.append({ region.firstLine, 1,
                    tr("The name “%1” is already used by the request on line %2")
                        .arg(region.name)
                        .arg(result.file.regions.at(j).requestLine) });
                break;
            }
        }
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
        [](const ParseProblem &a, const ParseProblem &b) { return a.line < b.line; });

    for (HttpRegion &region : result.file.regions)
        region.parsed = std::make_shared<const HttpRegion>(region);
    return result;
}

} // namespace xlink
