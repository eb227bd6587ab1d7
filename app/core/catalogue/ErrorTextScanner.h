#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>

namespace xlink {

class ErrorCatalogue;

// One platform error found in a pasted text: an error object or a bare 7-digit code.
struct FoundError
{
    int code = 0; // 0 when the object's code is missing or not a number
    QString rawCode; // the code exactly as written ("4031003", 4031003, "abc")
    QString serverMessage; // the object's msg, JSON escapes decoded; empty for bare codes
    bool fromObject = false; // {"error":{...}} rather than a bare code
    qsizetype offset = 0; // where it starts in the text (UTF-16 index)
    qsizetype length = 0; // how many UTF-16 units it spans
    int line = 0; // 1-based
    int column = 0; // 1-based, in UTF-16 units
    friend bool operator==(const FoundError &, const FoundError &) = default;
};

// Finds every platform error in free text (a response body, a log excerpt, a terminal paste):
// error objects `{"error":{"code":"4031003","msg":"..."}}` (code as string or number, pretty
// printed or embedded in a log line), and bare 7-digit codes that are not part of a longer
// number and whose class (first three digits) is an error status the catalogue explains or that
// the catalogue knows. Results come in order of appearance; a code inside an object is reported
// once, as the object.
//
// Runs in linear time: it is a hand-written scanner (no regular expressions), and each object
// candidate is parsed with bounded length and nesting, so a 10 MB paste costs milliseconds.
class ErrorTextScanner final
{
    class LineCounter;

public:
    using Visitor = std::function<void(FoundError &&found)>;

    // Uses the built-in catalogue to decide which bare numbers are codes.
    static QList<FoundError> scan(QStringView text);
    static QList<FoundError> scan(QStringView text, const ErrorCatalogue &catalogue);
    // Hands each find to `visit` as it is found instead of collecting them (a text with a
    // million errors costs no memory for them); returns how many there were.
    static qsizetype scan(QStringView text, const ErrorCatalogue &catalogue, const Visitor &visit);

    // The same for a text that arrives in pieces (a file read a chunk at a time): it keeps
    // only a window of the text, so memory stays bounded whatever its size. Finds and their
    // offsets, lines and columns are exactly those scan() gives for the whole text.
    class Stream final
    {
    public:
        Stream(const ErrorCatalogue &catalogue, Visitor visit);
        ~Stream();
        Q_DISABLE_COPY_MOVE(Stream)

        void feed(QStringView text);
        void finish(); // the end of the text
        qsizetype count() const { return m_count; }

    private:
        void process(bool final);

        const ErrorCatalogue &m_catalogue;
        Visitor m_visit;
        std::unique_ptr<LineCounter> m_lines;
        QString m_window; // the text from m_base on
        qsizetype m_base = 0;
        qsizetype m_resume = 0; // in m_window
        qsizetype m_count = 0;
    };

    // No platform error object is anywhere near this long; the bound keeps scanning linear.
    static constexpr qsizetype MaxObjectLength = 8192;
    static constexpr int MaxObjectDepth = 8;

private:
    // How far past a position the scan may read (an object, the spaces after it) and how far
    // before it (the spaces and brace before its key, the character before a number).
    static constexpr qsizetype Lookahead = MaxObjectLength + 1024;
    static constexpr qsizetype Lookback = 1024;

    // Scans text positions from `i` up to `stop` (reading past `stop` as far as the window
    // goes), `text` being the window of the whole text that starts at `base`; `final` when
    // the window reaches the end of the whole text. Returns where to resume.
    static qsizetype scanWindow(QStringView text, qsizetype base, qsizetype i, qsizetype stop,
        bool final, const ErrorCatalogue &catalogue, LineCounter &lines, const Visitor &visit);
};

} // namespace xlink
