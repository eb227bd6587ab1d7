#include "catalogue/CodeDetailHtml.h"

#include "catalogue/EntryFormatter.h"

namespace xlink {

namespace {

Language otherLanguage(Language language)
{
    return language == Language::Chinese ? Language::English : Language::Chinese;
}

QString heading(int level, const QString &text)
{
    const QString tag = u"h" + QString::number(level);
    return u'<' + tag + u'>' + text.toHtmlEscaped() + u"</" + tag + u'>';
}

QString languageName(Language language)
{
    return language == Language::Chinese ? CodeDetailHtml::tr("Chinese")
                                         : CodeDetailHtml::tr("English");
}

QString bothTexts(const LocalizedText &text, Language primary)
{
    const Language other = otherLanguage(primary);
    QString html = u"<p>" + CodeDetailHtml::inlineText(text.in(primary)) + u"</p>";
    const QString second = text.in(other);
    if (!second.isEmpty() && second != text.in(primary))
        html += u"<p style=\"color:#666\">" + CodeDetailHtml::inlineText(second) + u"</p>";
    return html;
}

// Complements EntryFormatter::variantLabel ("Typo on <page>"): what the user should make of it.
QString variantKindText(CatalogueVariant::Kind kind)
{
    switch (kind) {
    case CatalogueVariant::Kind::Typo:
        return CodeDetailHtml::tr("the corrected text is shown above");
    case CatalogueVariant::Kind::Imported:
        return CodeDetailHtml::tr("differs from the built-in text");
    case CatalogueVariant::Kind::Duplicate:
        break;
    }
    return CodeDetailHtml::tr("the platform published both messages for this code");
}

} // namespace

QString CodeDetailHtml::inlineText(const QString &text)
{
    return EntryFormatter::codeSpansToHtml(text);
}

QString CodeDetailHtml::statusLine(const ErrorCatalogue &catalogue, int status, Language primary)
{
    const HttpStatusInfo *info = catalogue.httpStatus(status);
    if (!info)
        return tr("HTTP %1").arg(status);
    const QString meaning = info->meaning.in(primary);
    const QString other = info->meaning.in(otherLanguage(primary));
    QString line = tr("HTTP %1 %2: %3").arg(status).arg(info->reason, meaning);
    if (!other.isEmpty() && other != meaning)
        line += u" (" + other + u')';
    return line;
}

QString CodeDetailHtml::entry(const ErrorCatalogue &catalogue, const CatalogueEntry &entry,
    Language primary, int level, const QString &context)
{
    const Language other = otherLanguage(primary);
    QString html = heading(level, QString::number(entry.code)) + context;
    html += u"<p>" + statusLine(catalogue, entry.httpStatus, primary).toHtmlEscaped() + u"</p>";

    for (const Language language : { primary, other }) {
        html += heading(level + 2, languageName(language));
        html += u"<p>" + inlineText(entry.message.in(language)) + u"</p>";
    }

    if (entry.hint && !entry.hint->isEmpty()) {
        html += heading(level + 2, tr("What to check"));
        html += bothTexts(*entry.hint, primary);
    }

    if (!entry.variants.isEmpty()) {
        html += heading(level + 2, tr("Also published as"));
        html += u"<ul>";
        for (const CatalogueVariant &variant : entry.variants) {
            html += u"<li>" + inlineText(variant.text.zh);
            if (!variant.text.en.isEmpty())
                html += u" / " + inlineText(variant.text.en);
            html += u"<br><small>"
                + EntryFormatter::variantLabel(variant, catalogue, primary).toHtmlEscaped() + u": "
                + variantKindText(variant.kind).toHtmlEscaped() + u"</small></li>";
        }
        html += u"</ul>";
    }

    html += heading(level + 2, tr("Published on"));
    html += u"<ul>";
    for (const QString &page : entry.pages)
        html += u"<li>" + catalogue.pageTitle(page).in(primary).toHtmlEscaped() + u"</li>";
    html += u"</ul>";
    if (!entry.builtin)
        html += u"<p><i>"
            + tr("Known only from an imported page, not from the built-in catalogue.")
                  .toHtmlEscaped()
            + u"</i></p>";
    return html;
}

QString CodeDetailHtml::unknownCode(
    const ErrorCatalogue &catalogue, int code, Language primary, int level, const QString &context)
{
    QString html = heading(level, QString::number(code)) + context;
    html += u"<p><b>" + tr("This code is not in the catalogue.").toHtmlEscaped() + u"</b></p>";
    if (const auto note = catalogue.unpublishedNote(code))
        html += bothTexts(*note, primary);
    const int status = ErrorCatalogue::statusOfCode(code);
    if (status != 0) {
        html += heading(level + 2, tr("Its class"));
        html += u"<p>" + statusLine(catalogue, status, primary).toHtmlEscaped() + u"</p>";
    }
    if (!catalogue.codeStructure().isEmpty()) {
        html += heading(level + 2, tr("How codes are built"));
        html += bothTexts(catalogue.codeStructure(), primary);
    }
    return html;
}

} // namespace xlink
