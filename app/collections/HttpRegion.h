#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace xlink {

// `Name: value` as written (variables not resolved).
struct HttpHeader
{
    QString name;
    QString value;
    bool operator==(const HttpHeader &) const = default;
};

// `@name = value`, a file variable. Its value may use other variables.
struct FileVariable
{
    QString name;
    QString value;
    int line = 0;
    bool operator==(const FileVariable &) const = default;
};

// `# @key value` or `// @key value` other than @name: kept as written (httpyac and the IntelliJ
// client have dozens: @no-redirect, @timeout, @ref, @import...). The runner looks at none yet.
struct Directive
{
    QString key;
    QString value;
    bool operator==(const Directive &) const = default;
};

// One `?? ...` line as written; Assertion::parse() reads it.
struct AssertionLine
{
    QString text; // the whole line, without its line break
    int line = 0;
    bool operator==(const AssertionLine &) const = default;
};

// One part of a .http file between `###` separators. Most hold a request; the first may hold
// only file variables and comments. What the parser read is kept as `source`: the writer puts
// it back byte for byte as long as the region is as it was parsed (see HttpFileWriter).
struct HttpRegion
{
    // Text after `###` on the separator line (trimmed); REST Client shows it as the title.
    QString title;
    bool hasSeparator = false; // starts with a `###` line (the first region may not)
    QString name; // `# @name NAME` / `// @name NAME`; chained responses are stored under it
    QList<Directive> directives;
    QStringList comments; // other `#` and `//` lines before the request line, without marker
    QList<FileVariable> variables; // `@name = value` lines of this region
    QString method; // upper case; empty when the region holds no request
    QString url; // continuation lines (`  ?a=1`, `  &b=2`) appended to it
    QString httpVersion; // "HTTP/1.1" when written, else empty
    QList<HttpHeader> headers;
    QString body; // without the blank lines that end it; empty when none
    QList<AssertionLine> assertions;
    // Scripts, kept as written and never run here (no script engine): JetBrains' `< {% ... %}`
    // and httpyac's `{{ ... }}` blocks before the request line, `> {% ... %}` handlers and
    // `>> file` lines after the body. A runner reports a request that has any.
    QStringList scripts;
    QStringList responseScripts;

    // Where the region starts in its file (the `###` line, or line 1) and its request line.
    int firstLine = 0;
    int requestLine = 0;

    bool hasRequest() const { return !method.isEmpty(); }
    // The header's value (first of that name, ASCII case-insensitive), or a null string.
    QString header(QStringView name) const;
    // The content, without positions: what decides whether the writer may reuse `source`.
    bool sameContent(const HttpRegion &other) const;

    // The text the region was read from (separator line included); empty for a new region.
    QString source;
    // The region as parsed (its strings shared, so cheap), to tell an edited region from an
    // untouched one; null for a new region.
    std::shared_ptr<const HttpRegion> parsed;
};

} // namespace xlink
