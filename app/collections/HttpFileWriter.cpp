#include "HttpFileWriter.h"

namespace xlink {

bool HttpFileWriter::isUntouched(const HttpRegion &region)
{
    return region.parsed && !region.source.isEmpty() && region.sameContent(*region.parsed);
}

QString HttpFileWriter::canonical(const HttpRegion &region, const QString &lineBreak)
{
    QString out;
    // Each line with its break. The reader takes one '\r' before a '\n' as part of the break,
    // so a line whose text ends with '\r' gets "\r\n" to keep it.
    const auto line = [&](const QString &text) {
        for (const QStringView piece : QStringView(text).split(u'\n')) {
            out += piece;
            out += piece.endsWith(u'\r') && lineBreak == u"\n" ? QStringLiteral("\r\n") : lineBreak;
        }
    };
    if (region.hasSeparator)
        line(region.title.isEmpty() ? QStringLiteral("###") : u"### " + region.title);
    for (const QString &comment : region.comments)
        line(comment.isEmpty() ? QStringLiteral("#") : u"# " + comment);
    if (!region.name.isEmpty())
        line(u"# @name " + region.name);
    for (const Directive &directive : region.directives)
        line(u"# @" + directive.key
            + (directive.value.isEmpty() ? QString() : u' ' + directive.value));
    for (const FileVariable &variable : region.variables)
        line(u'@' + variable.name + u" = " + variable.value);
    for (const QString &script : region.scripts)
        line(script);
    if (region.hasRequest()) {
        line(region.method + u' ' + region.url
            + (region.httpVersion.isEmpty() ? QString() : u' ' + region.httpVersion));
        for (const HttpHeader &header : region.headers)
            line(header.name + u": " + header.value);
        if (!region.body.isEmpty()) {
            out += lineBreak;
            line(region.body);
        }
        if (!region.responseScripts.isEmpty()) {
            out += lineBreak;
            for (const QString &script : region.responseScripts)
                line(script);
        }
    }
    if (!region.assertions.isEmpty()) {
        if (region.hasRequest())
            out += lineBreak;
        for (const AssertionLine &assertion : region.assertions)
            line(assertion.text);
    }
    return out;
}

QByteArray HttpFileWriter::write(const HttpFile &file)
{
    QString out;
    for (qsizetype i = 0; i < file.regions.size(); ++i) {
        const HttpRegion &region = file.regions.at(i);
        // A region written after one whose source ends without a line break starts on a line
        // of its own.
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += file.lineBreak;
        if (isUntouched(region)) {
            out += region.source;
            continue;
        }
        if (i > 0 && !out.endsWith(file.lineBreak + file.lineBreak))
            out += file.lineBreak; // a blank line between requests
        if (i > 0 && !region.hasSeparator) {
            // Without its ### a region after another would be read back as part of it.
            HttpRegion separated = region;
            separated.hasSeparator = true;
            out += canonical(separated, file.lineBreak);
        } else {
            out += canonical(region, file.lineBreak);
        }
    }
    QByteArray bytes = out.toUtf8();
    if (file.byteOrderMark)
        bytes.prepend("\xef\xbb\xbf");
    return bytes;
}

} // namespace xlink
