#pragma once

#include "catalogue/ErrorCatalogue.h"
#include "catalogue/ErrorPageParser.h"

#include <QList>
#include <QString>

namespace xlink {

// The codes the user imported from newer error-code pages, kept in the user's data directory
// (AppDataLocation, shared by xlink-console and xlink-cli through ApplicationIdentity; the
// directory is created 0700 and the file 0600, written atomically). The file uses the schema of
// resources/catalogue/error-codes.json for its codes, plus the list of imports each came from.
// The built-in catalogue is never written.
class UserCatalogue final
{
public:
    // Where the file lives (whether or not it exists yet).
    static QString filePath();

    // The built-in catalogue with every imported page merged in (ErrorCatalogue::merge): new
    // codes are added, codes whose text differs keep both texts, each marked with its source.
    // A corrupt user file never stops the program: it is moved aside (the new name is in
    // `warning`) and the built-in catalogue is returned.
    static ErrorCatalogue loadMerged(QString *warning = nullptr);

    enum class ImportMode {
        Write,
        DryRun, // parse and compare, write nothing
    };

    struct ImportReport
    {
        enum class Failure {
            None,
            Page, // the page could not be read or is malformed: nothing was imported
            Storage, // the user catalogue could not be read or written: nothing was imported
        };
        bool ok = false;
        Failure failure = Failure::None;
        QString error; // translated; names the line for a malformed page
        int errorLine = 0;
        QString warning; // translated; e.g. a damaged user catalogue was moved aside
        QString source; // "import:<file name>", the label the codes carry in the catalogue
        QString userFile; // the user catalogue written (or that would be written)
        QList<ParsedCode> parsed;
        QList<ErrorPageParser::Note> notes;
        // Against the built-in catalogue and the other imported pages:
        int added = 0; // codes no catalogue knew
        int differing = 0; // known codes whose text on this page differs
        int unchanged = 0; // known codes with the same text
        bool replacedEarlierImport = false; // a page of the same name had been imported before
    };

    // Parses the page, merges it into the user catalogue and writes it, all or nothing: a
    // malformed page, an unreadable user catalogue or a failed write leaves the file as it was.
    // Importing a page with the same file name again replaces that page's earlier import.
    static ImportReport importPage(const QString &pagePath, ImportMode mode = ImportMode::Write);
    // The same, for page bytes already read (`sourceName` is the file name to record).
    static ImportReport importPageData(
        const QByteArray &page, const QString &sourceName, ImportMode mode = ImportMode::Write);

    static constexpr int SchemaVersion = 1;
};

} // namespace xlink
