#include "catalogue/EntryFormatter.h"

#include "catalogue/ErrorCatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

QJsonValue textJson(const LocalizedText &text)
{
    return QJsonObject { { u"zh"_s, text.zh }, { u"en"_s, text.en } };
}

QJsonValue statusJson(int status, const ErrorCatalogue &catalogue)
{
    const HttpStatusInfo *info = catalogue.httpStatus(status);
    if (!info)
        return QJsonValue::Null;
    return QJsonObject { { u"status"_s, info->status }, { u"reason"_s, info->reason },
        { u"zh"_s, info->meaning.zh }, { u"en"_s, info->meaning.en } };
}

QString escapeCell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

// Language names are written in their own language, whatever the UI language.
QString autonym(Language language)
{
    return language == Language::Chinese ? u"中文"_s : u"English"_s;
}

Language other(Language language)
{
    return language == Language::Chinese ? Language::English : Language::Chinese;
}

// Terminal columns a text takes: CJK characters are two columns wide.
qsizetype displayWidth(QStringView text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

// "  Label:          value", values aligned in a column (continuation lines too).
void addField(QString *out, const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    constexpr qsizetype column = 20;
    const QString head = u"  "_s + label + u':';
    const qsizetype pad = std::max<qsizetype>(1, column - displayWidth(head));
    QString indented = value;
    indented.replace(u'\n', u'\n' + QString(column, u' '));
    *out += head + QString(pad, u' ') + indented + u'\n';
}

} // namespace

QJsonObject EntryFormatter::toJson(const CatalogueEntry &entry, const ErrorCatalogue &catalogue)
{
    QJsonArray variants;
    for (const CatalogueVariant &variant : entry.variants) {
        variants.append(QJsonObject { { u"zh"_s, variant.text.zh }, { u"en"_s, variant.text.en },
            { u"source"_s, variant.source }, { u"kind"_s, variantKindName(variant.kind) } });
    }
    return QJsonObject {
        { u"code"_s, entry.code },
        { u"httpStatus"_s, entry.httpStatus },
        { u"zh"_s, entry.message.zh },
        { u"en"_s, entry.message.en },
        { u"hint"_s, entry.hint ? textJson(*entry.hint) : QJsonValue(QJsonValue::Null) },
        { u"pages"_s, QJsonArray::fromStringList(entry.pages) },
        { u"known"_s, true },
        { u"builtin"_s, entry.builtin },
        { u"variants"_s, variants },
        { u"status"_s, statusJson(entry.httpStatus, catalogue) },
        { u"note"_s, QJsonValue::Null },
    };
}

QByteArray EntryFormatter::toIndentedText(const QJsonDocument &document)
{
    // Inside a string a line break is written as \n, so a real one between brackets can only
    // be an empty container's.
    static const QRegularExpression emptyContainer(u"([\\[{])\\n *([\\]}])"_s);
    QString text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    text.replace(emptyContainer, u"\\1\\2"_s);
    return text.toUtf8();
}

QJsonObject EntryFormatter::unknownCodeToJson(int code, const ErrorCatalogue &catalogue)
{
    const int status = ErrorCatalogue::statusOfCode(code);
    const std::optional<LocalizedText> note = catalogue.unpublishedNote(code);
    return QJsonObject {
        { u"code"_s, code },
        { u"httpStatus"_s, status ? QJsonValue(status) : QJsonValue(QJsonValue::Null) },
        { u"zh"_s, QJsonValue::Null },
        { u"en"_s, QJsonValue::Null },
        { u"hint"_s, QJsonValue::Null },
        { u"pages"_s, QJsonArray() },
        { u"known"_s, false },
        { u"builtin"_s, false },
        { u"variants"_s, QJsonArray() },
        { u"status"_s, statusJson(status, catalogue) },
        { u"note"_s, note ? textJson(*note) : QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject EntryFormatter::codeToJson(int code, const ErrorCatalogue &catalogue)
{
    if (const CatalogueEntry *entry = code > 0 ? catalogue.find(code) : nullptr)
        return toJson(*entry, catalogue);
    return unknownCodeToJson(code, catalogue);
}

QJsonObject EntryFormatter::foundToJson(const FoundError &found, const ErrorCatalogue &catalogue)
{
    return foundToJson(found, codeToJson(found.code, catalogue));
}

QJsonObject EntryFormatter::foundToJson(const FoundError &found, QJsonObject codePart)
{
    QJsonObject object = std::move(codePart);
    if (found.code <= 0)
        object.insert(u"code"_s, QJsonValue::Null);
    object.insert(u"rawCode"_s, found.rawCode);
    object.insert(u"serverMessage"_s,
        found.fromObject ? QJsonValue(found.serverMessage) : QJsonValue(QJsonValue::Null));
    object.insert(u"fromObject"_s, found.fromObject);
    object.insert(u"line"_s, found.line);
    object.insert(u"column"_s, found.column);
    object.insert(u"offset"_s, found.offset);
    return object;
}

QString EntryFormatter::toMarkdownRow(const CatalogueEntry &entry)
{
    return u"| "_s + QString::number(entry.code) + u" | "_s + QString::number(entry.httpStatus)
        + u" | "_s + escapeCell(entry.message.zh) + u" | "_s + escapeCell(entry.message.en)
        + u" |"_s;
}

QString EntryFormatter::bothMessages(const CatalogueEntry &entry, Language first)
{
    const QString a = first == Language::Chinese ? entry.message.zh : entry.message.en;
    const QString b = first == Language::Chinese ? entry.message.en : entry.message.zh;
    QString text = QString::number(entry.code) + u' ' + a;
    if (!b.isEmpty() && b != a)
        text += (a.isEmpty() ? u""_s : u" / "_s) + b;
    return text;
}

QString EntryFormatter::statusText(const HttpStatusInfo &status, Language first)
{
    const QString a = status.meaning.in(first);
    const QString b = status.meaning.in(other(first));
    return u"HTTP "_s + QString::number(status.status) + u' ' + status.reason + u": "_s + a
        + (b != a ? u" / "_s + b : QString());
}

QString EntryFormatter::toText(
    const CatalogueEntry &entry, const ErrorCatalogue &catalogue, Language first)
{
    QString out = QString::number(entry.code);
    if (const HttpStatusInfo *status = catalogue.httpStatus(entry.httpStatus))
        out += u"  HTTP "_s + QString::number(status->status) + u' ' + status->reason;
    else
        out += u"  HTTP "_s + QString::number(entry.httpStatus);
    if (!entry.builtin)
        out += u"  "_s
            + QCoreApplication::translate(
                "xlink::EntryFormatter", "(imported, not in the built-in catalogue)");
    out += u'\n';

    const Language second = other(first);
    const auto message = [&](Language language) {
        return language == Language::Chinese ? entry.message.zh : entry.message.en;
    };
    addField(&out, autonym(first), message(first));
    addField(&out, autonym(second), message(second));
    if (entry.hint) {
        const auto hint = [&](Language language) {
            return language == Language::Chinese ? entry.hint->zh : entry.hint->en;
        };
        addField(&out,
            QCoreApplication::translate("xlink::EntryFormatter", "Hint (%1)").arg(autonym(first)),
            hint(first));
        addField(&out,
            QCoreApplication::translate("xlink::EntryFormatter", "Hint (%1)").arg(autonym(second)),
            hint(second));
    }
    for (const CatalogueVariant &variant : entry.variants) {
        QString text = variant.text.in(first);
        const QString second = variant.text.in(other(first));
        if (!second.isEmpty() && second != text)
            text += u" / "_s + second;
        addField(&out, variantLabel(variant, catalogue, first), text);
    }
    QStringList pages;
    for (const QString &page : entry.pages)
        pages.append(pageName(page, catalogue, first));
    addField(&out, QCoreApplication::translate("xlink::EntryFormatter", "Published in"),
        pages.join(u"; "_s));
    return out;
}

QString EntryFormatter::unknownCodeText(int code, const ErrorCatalogue &catalogue, Language first)
{
    QString out = QString::number(code);
    const int status = ErrorCatalogue::statusOfCode(code);
    const HttpStatusInfo *info = catalogue.httpStatus(status);
    if (info)
        out += u"  HTTP "_s + QString::number(info->status) + u' ' + info->reason;
    out += u'\n';
    if (const std::optional<LocalizedText> note = catalogue.unpublishedNote(code)) {
        addField(&out, QCoreApplication::translate("xlink::EntryFormatter", "Not published"),
            note->in(first));
    } else if (info) {
        addField(&out, QCoreApplication::translate("xlink::EntryFormatter", "Not in catalogue"),
            QCoreApplication::translate("xlink::EntryFormatter",
                "%1 is not in the catalogue. Its first three digits put it in the class of "
                "HTTP %2:")
                .arg(code)
                .arg(status));
    } else {
        addField(&out, QCoreApplication::translate("xlink::EntryFormatter", "Not in catalogue"),
            QCoreApplication::translate("xlink::EntryFormatter",
                "%1 is not in the catalogue, and its first three digits are not an HTTP status "
                "the platform uses.")
                .arg(code));
    }
    if (info) {
        addField(&out, autonym(first), info->meaning.in(first));
        addField(&out, autonym(other(first)), info->meaning.in(other(first)));
    }
    addField(&out, QCoreApplication::translate("xlink::EntryFormatter", "Code structure"),
        catalogue.codeStructure().in(first));
    return out;
}

QString EntryFormatter::pageName(
    const QString &pageId, const ErrorCatalogue &catalogue, Language language)
{
    static constexpr QStringView importPrefix = u"import:";
    if (pageId.startsWith(importPrefix)) {
        return QCoreApplication::translate("xlink::EntryFormatter", "imported page %1")
            .arg(QStringView(pageId).sliced(importPrefix.size()));
    }
    return catalogue.pageTitle(pageId).in(language);
}

QString EntryFormatter::field(const QString &label, const QString &value)
{
    QString out;
    addField(&out, label, value);
    return out;
}

QString EntryFormatter::variantKindName(CatalogueVariant::Kind kind)
{
    switch (kind) {
    case CatalogueVariant::Kind::Typo:
        return u"typo"_s;
    case CatalogueVariant::Kind::Duplicate:
        return u"duplicate"_s;
    case CatalogueVariant::Kind::Imported:
        return u"imported"_s;
    }
    return {};
}

QString EntryFormatter::variantLabel(
    const CatalogueVariant &variant, const ErrorCatalogue &catalogue, Language language)
{
    const QString page = pageName(variant.source, catalogue, language);
    switch (variant.kind) {
    case CatalogueVariant::Kind::Typo:
        return QCoreApplication::translate("xlink::EntryFormatter", "Typo on %1").arg(page);
    case CatalogueVariant::Kind::Duplicate:
        return QCoreApplication::translate("xlink::EntryFormatter", "Also on %1").arg(page);
    case CatalogueVariant::Kind::Imported:
        return QCoreApplication::translate("xlink::EntryFormatter", "On %1").arg(page);
    }
    return page;
}

namespace {

const QRegularExpression &codeSpan()
{
    static const QRegularExpression span(QStringLiteral("`([^`]+)`"));
    return span;
}

} // namespace

QString EntryFormatter::codeSpansToHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(codeSpan(), QStringLiteral("<code>\\1</code>"));
}

QString EntryFormatter::withoutCodeMarks(const QString &text)
{
    return QString(text).replace(codeSpan(), QStringLiteral("\\1"));
}

} // namespace xlink
