#pragma once

#include "HttpFile.h"
#include "ParseProblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xlink {

// A collection: a folder of .http (and .rest) files, read in the order a run takes them: the
// entries of each folder by name, digits compared as numbers ("2-x" before "10-x"), files and
// subfolders alike, so numbered names ("01-login.http", "02-products/") set the order.
// Hidden folders (.git) and node_modules are left out. The folder may also hold
// http-client.env.json (EnvironmentFile).
class HttpCollection final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::HttpCollection)

public:
    struct File
    {
        QString path; // absolute
        QString relativePath; // to the collection's folder, with '/'
        HttpFile content;
    };
    // A problem in one of the files: "FILE:LINE:COLUMN: message".
    struct Problem
    {
        QString file; // as given to load(), joined with the file's relative path
        ParseProblem problem;
        QString toText() const { return problem.toText(file); }
    };
    // One request of the collection: which file, which region.
    struct RequestRef
    {
        int file = 0;
        int region = 0;
        bool operator==(const RequestRef &) const = default;
    };

    // Files larger than this are refused (a collection is typed by people).
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;

    // Reads `path`, a folder or a single .http file. Files that do not parse are left out and
    // their problems listed; the collection holds the others.
    static HttpCollection load(const QString &path, QList<Problem> *problems);
    // Whether the entry named `a` runs before `b` in the same folder: runs of digits compared
    // as numbers ("2-x" before "10-x"), the rest without case; the same in every locale
    // (QCollator's numeric mode is not, in the C locale).
    static bool runsBefore(QStringView a, QStringView b);
    // The .http/.rest files under `folder`, in run order.
    static QStringList filesIn(const QString &folder);

    QString folder() const { return m_folder; }
    const QList<File> &files() const { return m_files; }
    // Every request, in run order; under `relativeFolder` ("" for all) when given.
    QList<RequestRef> requests(const QString &relativeFolder = {}) const;
    const HttpRegion &region(const RequestRef &ref) const;
    const File &file(const RequestRef &ref) const { return m_files.at(ref.file); }

private:
    QString m_folder;
    QList<File> m_files;
};

} // namespace xlink
