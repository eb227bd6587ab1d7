#include "catalogue/UserCatalogue.h"

#include "util/OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cerrno>
#include <optional>

Q_LOGGING_CATEGORY(lcUserCatalogue, "xlink.catalogue.user", QtInfoMsg)

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

// The user file can never grow near this from imported pages; anything bigger is not ours.
constexpr qint64 MaxUserFileSize = 32 * 1024 * 1024;

// An import holds the lock for milliseconds; this long a wait means something is stuck. A lock
// left by a process that died is taken over at once (QLockFile checks the holder's process).
constexpr int LockTimeoutMs = 30'000;

QString lockHolder(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("xlink::UserCatalogue", "its lock file is in use");
    return QCoreApplication::translate("xlink::UserCatalogue", "process %1, %2")
        .arg(pid)
        .arg(application.isEmpty() ? QStringLiteral("?") : application);
}

struct StoredImport
{
    QString source;
    QString file;
    QString importedAt;
};

struct StoredCode
{
    ParsedCode parsed;
    QString source;
};

struct Stored
{
    QList<StoredImport> imports;
    QList<StoredCode> codes;
};

enum class ReadStatus { Missing, Ok, Corrupt, Unreadable };

bool looksChinese(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
    });
}

CatalogueEntry toEntry(const ParsedCode &parsed, const QString &source)
{
    CatalogueEntry entry;
    entry.code = parsed.code;
    entry.httpStatus = parsed.httpStatus;
    entry.number = QString::number(parsed.code).right(4);
    // Pages are published in Chinese; an English page's text goes where English belongs.
    if (looksChinese(parsed.message))
        entry.message.zh = parsed.message;
    else
        entry.message.en = parsed.message;
    entry.pages = QStringList { source };
    entry.builtin = false;
    return entry;
}

ReadStatus readStored(const QString &path, Stored *stored, QString *problem)
{
    QFile file(path);
    if (!file.exists())
        return ReadStatus::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return ReadStatus::Unreadable;
    }
    if (file.size() > MaxUserFileSize) {
        *problem = QCoreApplication::translate(
            "xlink::UserCatalogue", "the file is larger than any user catalogue can be");
        return ReadStatus::Corrupt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = QCoreApplication::translate("xlink::UserCatalogue", "%1 at byte %2")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return ReadStatus::Corrupt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"schema").toInt() != UserCatalogue::SchemaVersion
        || !root.value(u"codes").isArray() || !root.value(u"imports").isArray()) {
        *problem = QCoreApplication::translate(
            "xlink::UserCatalogue", "it is not a user catalogue of schema %1")
                       .arg(UserCatalogue::SchemaVersion);
        return ReadStatus::Corrupt;
    }
    for (const QJsonValue &value : root.value(u"imports").toArray()) {
        const QJsonObject object = value.toObject();
        StoredImport import { object.value(u"source").toString(), object.value(u"file").toString(),
            object.value(u"importedAt").toString() };
        if (import.source.isEmpty()) {
            *problem
                = QCoreApplication::translate("xlink::UserCatalogue", "an import has no source");
            return ReadStatus::Corrupt;
        }
        stored->imports.append(import);
    }
    for (const QJsonValue &value : root.value(u"codes").toArray()) {
        const QJsonObject object = value.toObject();
        StoredCode code;
        code.parsed.code = object.value(u"code").toInt();
        code.parsed.httpStatus = object.value(u"httpStatus").toInt();
        code.parsed.line = object.value(u"line").toInt();
        const QString zh = object.value(u"zh").toString();
        code.parsed.message = zh.isEmpty() ? object.value(u"en").toString() : zh;
        code.source = object.value(u"pages").toArray().at(0).toString();
        if (ErrorCatalogue::statusOfCode(code.parsed.code) != code.parsed.httpStatus
            || code.parsed.message.isEmpty() || code.source.isEmpty()) {
            *problem
                = QCoreApplication::translate("xlink::UserCatalogue", "invalid code entry %1")
                      .arg(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
            return ReadStatus::Corrupt;
        }
        stored->codes.append(code);
    }
    return ReadStatus::Ok;
}

// Keeps a corrupt file for the user to inspect instead of overwriting or deleting it.
QString moveAside(const QString &path)
{
    const QString stem = path + u".corrupt-"
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = stem;
    for (int n = 2; QFile::exists(aside) && n < 100; ++n)
        aside = stem + u'-' + QString::number(n);
    if (!QFile::rename(path, aside)) {
        qCWarning(lcUserCatalogue) << "could not move the corrupt user catalogue aside:" << path;
        return {};
    }
    return aside;
}

QByteArray toJson(const Stored &stored)
{
    QJsonArray imports;
    for (const StoredImport &import : stored.imports) {
        imports.append(QJsonObject { { u"source"_s, import.source }, { u"file"_s, import.file },
            { u"importedAt"_s, import.importedAt } });
    }
    QJsonArray codes;
    for (const StoredCode &code : stored.codes) {
        const CatalogueEntry entry = toEntry(code.parsed, code.source);
        codes.append(QJsonObject {
            { u"code"_s, entry.code },
            { u"httpStatus"_s, entry.httpStatus },
            { u"number"_s, entry.number },
            { u"zh"_s, entry.message.zh },
            { u"en"_s, entry.message.en },
            { u"pages"_s, QJsonArray { code.source } },
            { u"hint"_s, QJsonValue::Null },
            { u"variants"_s, QJsonArray() },
            { u"line"_s, code.parsed.line },
        });
    }
    const QJsonObject root { { u"schema"_s, UserCatalogue::SchemaVersion },
        { u"imports"_s, imports }, { u"codes"_s, codes } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool writeStored(const QString &path, const Stored &stored, QString *error)
{
    // The missing directories owner-only: only the user reads what they imported or what the
    // console keeps beside it. The file is written whole or not at all: on a full disk the
    // earlier catalogue stays as it was.
    return OwnerOnlyFiles::makePath(QFileInfo(path).absolutePath(), error)
        && OwnerOnlyFiles::save(path, toJson(stored), error);
}

void mergeInto(ErrorCatalogue *catalogue, const QList<StoredCode> &codes)
{
    // Merge page by page, in the order the pages were imported.
    QStringList sources;
    for (const StoredCode &code : codes) {
        if (!sources.contains(code.source))
            sources.append(code.source);
    }
    for (const QString &source : std::as_const(sources)) {
        QList<CatalogueEntry> entries;
        for (const StoredCode &code : codes) {
            if (code.source == source)
                entries.append(toEntry(code.parsed, source));
        }
        catalogue->merge(entries, source);
    }
}

} // namespace

QString UserCatalogue::filePath()
{
    // The GUI and the CLI share one identity (ApplicationIdentity), hence one data directory.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/user-catalogue.json";
}

ErrorCatalogue UserCatalogue::loadMerged(QString *warning)
{
    ErrorCatalogue catalogue = ErrorCatalogue::builtin();
    const QString path = filePath();
    Stored stored;
    QString problem;
    switch (readStored(path, &stored, &problem)) {
    case ReadStatus::Missing:
        return catalogue;
    case ReadStatus::Unreadable:
        if (warning)
            *warning = QCoreApplication::translate("xlink::UserCatalogue",
                "Could not read the imported error codes in %1 (%2); using the "
                "built-in catalogue only.")
                           .arg(QDir::toNativeSeparators(path), problem);
        return catalogue;
    case ReadStatus::Corrupt: {
        const QString aside = moveAside(path);
        if (warning) {
            *warning = aside.isEmpty()
                ? QCoreApplication::translate("xlink::UserCatalogue",
                    "The imported error codes in %1 are damaged (%2); using the built-in "
                    "catalogue only.")
                      .arg(QDir::toNativeSeparators(path), problem)
                : QCoreApplication::translate("xlink::UserCatalogue",
                    "The imported error codes in %1 were damaged (%2) and have been moved to "
                    "%3; using the built-in catalogue only. Import the pages again to restore "
                    "them.")
                      .arg(
                          QDir::toNativeSeparators(path), problem, QDir::toNativeSeparators(aside));
        }
        qCWarning(lcUserCatalogue) << "corrupt user catalogue" << path << problem;
        return catalogue;
    }
    case ReadStatus::Ok:
        break;
    }
    mergeInto(&catalogue, stored.codes);
    return catalogue;
}

UserCatalogue::ImportReport UserCatalogue::importPage(const QString &pagePath, ImportMode mode)
{
    QFile file(pagePath);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.error = QCoreApplication::translate("xlink::UserCatalogue", "Could not open %1: %2")
                           .arg(QDir::toNativeSeparators(pagePath), file.errorString());
        report.failure = ImportReport::Failure::Page;
        return report;
    }
    if (file.size() > ErrorPageParser::MaxPageSize) {
        ImportReport report;
        report.error = QCoreApplication::translate("xlink::UserCatalogue",
            "%1 is %2 MB; an error-code page is far smaller. Is it the right file?")
                           .arg(QDir::toNativeSeparators(pagePath))
                           .arg(file.size() / (1024 * 1024));
        report.failure = ImportReport::Failure::Page;
        return report;
    }
    ImportReport report = importPageData(file.readAll(), QFileInfo(pagePath).fileName(), mode);
    return report;
}

UserCatalogue::ImportReport UserCatalogue::importPageData(
    const QByteArray &page, const QString &sourceName, ImportMode mode)
{
    ImportReport report;
    report.source = u"import:" + sourceName;
    report.userFile = filePath();

    const ErrorPageParser::Result parsed = ErrorPageParser::parse(page);
    report.notes = parsed.notes;
    if (!parsed.ok()) {
        report.error = parsed.error;
        report.errorLine = parsed.errorLine;
        report.failure = ImportReport::Failure::Page;
        return report;
    }
    report.parsed = parsed.codes;

    // Another process (a second import, the console's File > Import) may be writing the file
    // too: the read, the merge and the write happen under one lock, so neither loses the
    // other's codes. A dry run only reads, and the file is only ever replaced whole.
    std::optional<QLockFile> lock;
    if (mode == ImportMode::Write) {
        QString error;
        if (!OwnerOnlyFiles::makePath(QFileInfo(report.userFile).absolutePath(), &error)) {
            report.error
                = QCoreApplication::translate("xlink::UserCatalogue", "Could not write %1: %2")
                      .arg(QDir::toNativeSeparators(report.userFile), error);
            report.failure = ImportReport::Failure::Storage;
            return report;
        }
        lock.emplace(report.userFile + u".lock");
        errno = 0;
        if (!lock->tryLock(LockTimeoutMs)) {
            // Held by another process, or the lock file itself could not be written (a full
            // disk already stops here).
            report.error = lock->error() == QLockFile::LockFailedError
                ? QCoreApplication::translate("xlink::UserCatalogue",
                    "%1 is being changed by another program (%2); nothing was imported. Try "
                    "again when it has finished.")
                      .arg(QDir::toNativeSeparators(report.userFile), lockHolder(*lock))
                : QCoreApplication::translate("xlink::UserCatalogue", "Could not write %1: %2")
                      .arg(QDir::toNativeSeparators(report.userFile),
                          OwnerOnlyFiles::systemReason(errno,
                              QCoreApplication::translate(
                                  "xlink::UserCatalogue", "its lock file could not be created")));
            report.failure = ImportReport::Failure::Storage;
            return report;
        }
    }

    Stored stored;
    QString problem;
    const ReadStatus status = readStored(report.userFile, &stored, &problem);
    if (status == ReadStatus::Unreadable) {
        report.error = QCoreApplication::translate("xlink::UserCatalogue", "Could not read %1: %2")
                           .arg(QDir::toNativeSeparators(report.userFile), problem);
        report.failure = ImportReport::Failure::Storage;
        return report;
    }
    if (status == ReadStatus::Corrupt) {
        // Start afresh; the damaged file is kept aside below, never silently overwritten.
        stored = {};
        if (mode == ImportMode::DryRun)
            report.warning = QCoreApplication::translate("xlink::UserCatalogue",
                "The earlier imported error codes in %1 are damaged (%2); an "
                "import would move them aside.")
                                 .arg(QDir::toNativeSeparators(report.userFile), problem);
    }

    // Re-importing a page of the same name replaces its earlier import.
    Stored updated;
    for (const StoredImport &import : std::as_const(stored.imports)) {
        if (import.source == report.source)
            report.replacedEarlierImport = true;
        else
            updated.imports.append(import);
    }
    for (const StoredCode &code : std::as_const(stored.codes)) {
        if (code.source != report.source)
            updated.codes.append(code);
    }

    ErrorCatalogue catalogue = ErrorCatalogue::builtin();
    mergeInto(&catalogue, updated.codes);
    QList<CatalogueEntry> entries;
    entries.reserve(parsed.codes.size());
    for (const ParsedCode &code : parsed.codes)
        entries.append(toEntry(code, report.source));
    const ErrorCatalogue::MergeResult merged = catalogue.merge(entries, report.source);
    report.added = merged.added;
    report.differing = merged.differing;
    report.unchanged = merged.unchanged;

    if (mode == ImportMode::DryRun) {
        report.ok = true;
        return report;
    }

    updated.imports.append(
        { report.source, sourceName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    for (const ParsedCode &code : parsed.codes)
        updated.codes.append({ code, report.source });

    if (status == ReadStatus::Corrupt) {
        const QString aside = moveAside(report.userFile);
        if (aside.isEmpty()) {
            report.error = QCoreApplication::translate("xlink::UserCatalogue",
                "%1 is damaged (%2) and could not be moved aside; nothing was "
                "imported.")
                               .arg(QDir::toNativeSeparators(report.userFile), problem);
            report.failure = ImportReport::Failure::Storage;
            return report;
        }
        report.warning = QCoreApplication::translate("xlink::UserCatalogue",
            "The earlier imported error codes in %1 were damaged (%2) and have "
            "been moved to %3.")
                             .arg(QDir::toNativeSeparators(report.userFile), problem,
                                 QDir::toNativeSeparators(aside));
    }
    QString error;
    if (!writeStored(report.userFile, updated, &error)) {
        report.error = QCoreApplication::translate("xlink::UserCatalogue", "Could not write %1: %2")
                           .arg(QDir::toNativeSeparators(report.userFile), error);
        report.failure = ImportReport::Failure::Storage;
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace xlink
