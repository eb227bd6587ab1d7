#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace xlink {

// One row of an error-code table on a platform page.
struct ParsedCode
{
    int code = 0;
    int httpStatus = 0; // from the section heading, or the code's first three digits
    QString message;
    int line = 0; // 1-based line of the row in the page
    friend bool operator==(const ParsedCode &, const ParsedCode &) = default;
};

// Reads an error-code page in the platform's Markdown format, in every dialect it was
// published in: tables with or without leading and trailing pipes, `--`, `----` or `:--`
// separator rows, a copyright line before the title, section headings that give the HTTP status
// (`**HTTP 返回状态码为400的错误说明：**`), and the HTTP status table, which holds no codes.
//
// The result is all or nothing: on the first malformed row it names the line and returns no
// codes, so an import never takes half a page.
class ErrorPageParser final
{
public:
    // Something the page does that is allowed but worth telling the user about.
    struct Note
    {
        enum class Kind {
            DuplicateDifferent, // same code again with another message (4001134 on the 2017 list)
            DuplicateSame, // same code and message again: ignored
        };
        Kind kind = Kind::DuplicateDifferent;
        int code = 0;
        int line = 0;
        int firstLine = 0; // where the code appeared first
        QString text() const; // translated description for the user
    };

    struct Result
    {
        QList<ParsedCode> codes; // in page order; a DuplicateDifferent row is kept, a
                                 // DuplicateSame row is not
        QList<Note> notes;
        QString error; // translated; empty on success
        int errorLine = 0; // 1-based line the error is about; 0 when it is about the whole file
        bool ok() const { return error.isEmpty(); }
    };

    // Decodes `data` as UTF-8 (an invalid sequence is an error naming its line).
    static Result parse(const QByteArray &data);
    static Result parse(QStringView text);

    // Pages bigger than this are not error-code pages (the real ones are ~10 KB).
    static constexpr qsizetype MaxPageSize = 8 * 1024 * 1024;
};

} // namespace xlink
