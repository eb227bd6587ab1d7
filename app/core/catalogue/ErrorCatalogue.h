#pragma once

#include "catalogue/CatalogueEntry.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace xlink {

// The bilingual catalogue of platform error codes: the built-in data shipped in the resources
// (read-only), optionally overlaid with codes from imported error-code pages.
// Entries are kept sorted by code; lookups by code are O(1).
class ErrorCatalogue final
{
public:
    ErrorCatalogue() = default;

    // The catalogue compiled into the binary, loaded once: resources/catalogue/error-codes.json
    // turned into the binary form at build time (xlink-catalogue-compiler), because parsing
    // the JSON cost every start of the console and the CLI several times more.
    static const ErrorCatalogue &builtin();

    // Parses catalogue JSON (the schema of resources/catalogue/error-codes.json). On failure
    // returns an empty catalogue and sets `error`.
    static ErrorCatalogue fromJson(const QByteArray &json, QString *error = nullptr);

    // The catalogue in a compact binary form (versioned; UTF-16 strings as they are in memory),
    // read back by fromBinary(). Only ever read by the build that wrote it.
    QByteArray toBinary() const;
    // On data that is not exactly what toBinary() writes, returns an empty catalogue and sets
    // `error`.
    static ErrorCatalogue fromBinary(const QByteArray &data, QString *error = nullptr);

    const QList<CatalogueEntry> &entries() const { return m_entries; }
    const CatalogueEntry *find(int code) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    const QList<HttpStatusInfo> &httpStatuses() const { return m_statuses; }
    const HttpStatusInfo *httpStatus(int status) const;
    const LocalizedText &codeStructure() const { return m_codeStructure; }
    // A note for a code that falls in a gap of the numbering and was never published.
    std::optional<LocalizedText> unpublishedNote(int code) const;
    // Human title of a page id ("2016-02"), or the id itself for imported pages.
    LocalizedText pageTitle(const QString &pageId) const;

    // Merges entries read from an imported page: unknown codes are added (not builtin), codes
    // whose text differs get an Imported variant naming `source`. Returns how many changed.
    struct MergeResult
    {
        int added = 0;
        int differing = 0;
        int unchanged = 0;
    };
    MergeResult merge(const QList<CatalogueEntry> &imported, const QString &source);

    friend bool operator==(const ErrorCatalogue &, const ErrorCatalogue &) = default;

    // HTTP status of a platform code ({HTTP status}{4-digit number}), or 0 when not that shape.
    static int statusOfCode(qint64 code);

private:
    void reindex();

    QList<CatalogueEntry> m_entries;
    QHash<int, qsizetype> m_index;
    QList<HttpStatusInfo> m_statuses;
    LocalizedText m_codeStructure;
    QHash<int, LocalizedText> m_unpublished;
    QHash<QString, LocalizedText> m_pageTitles;
};

} // namespace xlink
