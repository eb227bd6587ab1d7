#include "catalogue/ErrorCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

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

} // namespace

const ErrorCatalogue &ErrorCatalogue::builtin()
{
    static const ErrorCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/xlink/catalogue/error-codes.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcCatalogue) << "built-in catalogue missing from resources";
            return ErrorCatalogue();
        }
        QString error;
        ErrorCatalogue loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCCritical(lcCatalogue) << "built-in catalogue is invalid:" << error;
        return loaded;
    }();
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
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const CatalogueEntry &a, const CatalogueEntry &b) { return a.code < b.code; });
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
