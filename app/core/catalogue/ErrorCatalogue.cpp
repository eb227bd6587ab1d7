#include "catalogue/ErrorCatalogue.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QResource>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCatalogue, "xlink.catalogue", QtInfoMsg)

namespace xlink {

namespace {

LocalizedText textFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return { object.value(u"zh").toString(), object.value(u"en").toString() };
}

CatalogueVariant::Kind variantKind(const QString &kind)
{
    if (kind == u"typo")
        return CatalogueVariant::Kind::Typo;
    if (kind == u"imported")
        return CatalogueVariant::Kind::Imported;
    return CatalogueVariant::Kind::Duplicate;
}

// The binary form: "XLCB", the layout version, then the fields in a fixed order. Strings are
// QDataStream's QString (length and UTF-16) in little-endian order, so reading one on the usual
// little-endian machine is a copy, not a conversion.
constexpr quint32 binaryMagic = 0x584c4342;
constexpr quint32 binaryVersion = 1;

void writeText(QDataStream &out, const LocalizedText &text)
{
    out << text.zh << text.en;
}

LocalizedText readText(QDataStream &in)
{
    LocalizedText text;
    in >> text.zh >> text.en;
    return text;
}

quint32 readCount(QDataStream &in)
{
    quint32 count = 0;
    in >> count;
    return count;
}

bool readOk(const QDataStream &in)
{
    return in.status() == QDataStream::Ok;
}

} // namespace

const ErrorCatalogue &ErrorCatalogue::builtin()
{
    static const ErrorCatalogue catalogue = [] {
        // Stored uncompressed (see app/core/CMakeLists.txt): read in place, not copied.
        const QResource resource(QStringLiteral(":/xlink/catalogue/error-codes.bin"));
        if (!resource.isValid()) {
            qCCritical(lcCatalogue) << "built-in catalogue missing from resources";
            return ErrorCatalogue();
        }
        QString error;
        ErrorCatalogue loaded = fromBinary(resource.uncompressedData(), &error);
        if (!error.isEmpty())
            qCCritical(lcCatalogue) << "built-in catalogue is invalid:" << error;
        return loaded;
    }();
    return catalogue;
}

QByteArray ErrorCatalogue::toBinary() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian);
    out << binaryMagic << binaryVersion;
    out << quint32(m_pageTitles.size());
    for (auto it = m_pageTitles.cbegin(); it != m_pageTitles.cend(); ++it) {
        out << it.key();
        writeText(out, it.value());
    }
    writeText(out, m_codeStructure);
    out << quint32(m_statuses.size());
    for (const HttpStatusInfo &info : m_statuses) {
        out << qint32(info.status) << info.reason;
        writeText(out, info.meaning);
    }
    out << quint32(m_unpublished.size());
    for (auto it = m_unpublished.cbegin(); it != m_unpublished.cend(); ++it) {
        out << qint32(it.key());
        writeText(out, it.value());
    }
    out << quint32(m_entries.size());
    for (const CatalogueEntry &entry : m_entries) {
        out << qint32(entry.code) << qint32(entry.httpStatus) << entry.number;
        writeText(out, entry.message);
        out << entry.hint.has_value();
        if (entry.hint)
            writeText(out, *entry.hint);
        out << entry.pages << quint32(entry.variants.size());
        for (const CatalogueVariant &variant : entry.variants) {
            writeText(out, variant.text);
            out << variant.source << quint8(variant.kind);
        }
        out << entry.builtin;
    }
    return data;
}

ErrorCatalogue ErrorCatalogue::fromBinary(const QByteArray &data, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return ErrorCatalogue();
    };
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (!readOk(in) || magic != binaryMagic || version != binaryVersion)
        return fail(QStringLiteral("not a binary catalogue of this version"));

    ErrorCatalogue catalogue;
    // Counts are not trusted for reserving: a damaged count fails on the data it lacks.
    for (quint32 i = readCount(in); i > 0 && readOk(in); --i) {
        QString id;
        in >> id;
        catalogue.m_pageTitles.insert(id, readText(in));
    }
    catalogue.m_codeStructure = readText(in);
    for (quint32 i = readCount(in); i > 0 && readOk(in); --i) {
        HttpStatusInfo info;
        qint32 status = 0;
        in >> status >> info.reason;
        info.status = status;
        info.meaning = readText(in);
        catalogue.m_statuses.append(info);
    }
    for (quint32 i = readCount(in); i > 0 && readOk(in); --i) {
        qint32 code = 0;
        in >> code;
        catalogue.m_unpublished.insert(code, readText(in));
    }
    const quint32 entries = readCount(in);
    catalogue.m_entries.reserve(qMin<quint32>(entries, 4096));
    for (quint32 i = entries; i > 0 && readOk(in); --i) {
        CatalogueEntry entry;
        qint32 code = 0;
        qint32 httpStatus = 0;
        bool hasHint = false;
        in >> code >> httpStatus >> entry.number;
        entry.code = code;
        entry.httpStatus = httpStatus;
        entry.message = readText(in);
        in >> hasHint;
        if (hasHint)
            entry.hint = readText(in);
        // Not `in >> entry.pages`: QDataStream reserves a list's stored count up front, so a
        // damaged count would ask for gigabytes (found by the error_catalogue fuzzer).
        for (quint32 p = readCount(in); p > 0 && readOk(in); --p) {
            QString page;
            in >> page;
            entry.pages.append(page);
        }
        for (quint32 v = readCount(in); v > 0 && readOk(in); --v) {
            CatalogueVariant variant;
            quint8 kind = 0;
            variant.text = readText(in);
            in >> variant.source >> kind;
            if (kind > quint8(CatalogueVariant::Kind::Imported))
                return fail(QStringLiteral("invalid variant kind in entry %1").arg(code));
            variant.kind = CatalogueVariant::Kind(kind);
            entry.variants.append(variant);
        }
        in >> entry.builtin;
        if (readOk(in) && statusOfCode(entry.code) == 0)
            return fail(QStringLiteral("invalid code %1").arg(entry.code));
        catalogue.m_entries.append(std::move(entry));
    }
    if (!readOk(in) || !in.atEnd())
        return fail(QStringLiteral("the binary catalogue is truncated or has trailing data"));
    catalogue.reindex();
    return catalogue;
}

ErrorCatalogue ErrorCatalogue::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? parseError.errorString() + u" at offset " + QString::number(parseError.offset)
                : QStringLiteral("the catalogue is not a JSON object");
        return {};
    }
    const QJsonObject root = document.object();

    ErrorCatalogue catalogue;
    const QJsonArray pages = root.value(u"pages").toArray();
    for (const QJsonValue &page : pages) {
        const QJsonObject object = page.toObject();
        catalogue.m_pageTitles.insert(
            object.value(u"id").toString(), textFrom(object.value(u"title")));
    }
    catalogue.m_codeStructure = textFrom(root.value(u"codeStructure"));
    const QJsonArray statuses = root.value(u"httpStatuses").toArray();
    for (const QJsonValue &value : statuses) {
        const QJsonObject object = value.toObject();
        HttpStatusInfo info;
        info.status = object.value(u"status").toInt();
        info.reason = object.value(u"reason").toString();
        info.meaning = { object.value(u"zh").toString(), object.value(u"en").toString() };
        catalogue.m_statuses.append(info);
    }
    const QJsonArray unpublished = root.value(u"unpublished").toArray();
    for (const QJsonValue &value : unpublished) {
        const QJsonObject object = value.toObject();
        catalogue.m_unpublished.insert(
            object.value(u"code").toInt(), textFrom(object.value(u"note")));
    }

    const QJsonArray codes = root.value(u"codes").toArray();
    catalogue.m_entries.reserve(codes.size());
    for (const QJsonValue &value : codes) {
        const QJsonObject object = value.toObject();
        CatalogueEntry entry;
        entry.code = object.value(u"code").toInt();
        entry.httpStatus = object.value(u"httpStatus").toInt();
        entry.number = object.value(u"number").toString();
        entry.message = { object.value(u"zh").toString(), object.value(u"en").toString() };
        if (object.value(u"hint").isObject())
            entry.hint = textFrom(object.value(u"hint"));
        for (const QJsonValue &page : object.value(u"pages").toArray())
            entry.pages.append(page.toString());
        for (const QJsonValue &variant : object.value(u"variants").toArray()) {
            const QJsonObject v = variant.toObject();
            entry.variants.append({ { v.value(u"zh").toString(), v.value(u"en").toString() },
                v.value(u"source").toString(), variantKind(v.value(u"kind").toString()) });
        }
        if (entry.code <= 0 || statusOfCode(entry.code) == 0) {
            if (error)
                *error = u"invalid code entry: "
                    + QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            return {};
        }
        catalogue.m_entries.append(std::move(entry));
    }
    catalogue.reindex();
    return catalogue;
}

void ErrorCatalogue::reindex()
{
    const auto byCode
        = [](const CatalogueEntry &a, const CatalogueEntry &b) { return a.code < b.code; };
    if (!std::is_sorted(m_entries.cbegin(), m_entries.cend(), byCode))
        std::stable_sort(m_entries.begin(), m_entries.end(), byCode);
    m_index.clear();
    m_index.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries.at(i).code, i);
}

const CatalogueEntry *ErrorCatalogue::find(int code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

const HttpStatusInfo *ErrorCatalogue::httpStatus(int status) const
{
    for (const HttpStatusInfo &info : m_statuses) {
        if (info.status == status)
            return &info;
    }
    return nullptr;
}

std::optional<LocalizedText> ErrorCatalogue::unpublishedNote(int code) const
{
    const auto it = m_unpublished.constFind(code);
    if (it == m_unpublished.cend())
        return std::nullopt;
    return *it;
}

LocalizedText ErrorCatalogue::pageTitle(const QString &pageId) const
{
    const auto it = m_pageTitles.constFind(pageId);
    if (it != m_pageTitles.cend())
        return *it;
    return { pageId, pageId };
}

ErrorCatalogue::MergeResult ErrorCatalogue::merge(
    const QList<CatalogueEntry> &imported, const QString &source)
{
    MergeResult result;
    for (const CatalogueEntry &incoming : imported) {
        const auto it = m_index.constFind(incoming.code);
        if (it == m_index.cend()) {
            CatalogueEntry added = incoming;
            added.builtin = false;
            if (!added.pages.contains(source))
                added.pages.append(source);
            m_entries.append(added);
            m_index.insert(added.code, m_entries.size() - 1);
            ++result.added;
            continue;
        }
        CatalogueEntry &existing = m_entries[*it];
        const QString &text = incoming.message.zh;
        bool known = existing.message.zh == text;
        for (const CatalogueVariant &variant : std::as_const(existing.variants))
            known = known || variant.text.zh == text;
        if (known) {
            ++result.unchanged;
            if (!existing.pages.contains(source))
                existing.pages.append(source);
            continue;
        }
        existing.variants.append({ incoming.message, source, CatalogueVariant::Kind::Imported });
        ++result.differing;
    }
    if (result.added > 0)
        reindex();
    return result;
}

int ErrorCatalogue::statusOfCode(qint64 code)
{
    if (code < 1000000 || code > 5999999)
        return 0;
    const int status = int(code / 10000);
    return status >= 100 && status <= 599 ? status : 0;
}

} // namespace xlink
