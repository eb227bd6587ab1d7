#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace xlink {

// The files of a Postman import or export, for `xlink-cli collection` and the console's
// Collections sidebar alike: reading a Postman collection or environment (with a size limit),
// and writing a collection folder as a Postman collection (owner-only, all or nothing).
class PostmanFiles final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::PostmanFiles)

public:
    // Postman files are typed by people too; a larger one is not a collection.
    static constexpr qint64 maxInputSize = 64 * 1024 * 1024;

    // False with `error` set to "PATH: why".
    static bool read(const QString &path, QByteArray *bytes, QString *error);

    enum class Outcome {
        Done,
        Problems, // a file of the collection does not parse: `error` lists them, one a line
        BadEnvironmentFile, // http-client(.private).env.json is not valid: `error` says why
        NotSaved, // `error` is "OUTPUT: why"
    };
    // Writes the collection at `input` (a folder or one .http file) into `output` as a Postman
    // collection v2.1 named after it; `notes` say what may behave differently under newman.
    static Outcome exportCollection(
        const QString &input, const QString &output, QStringList *notes, QString *error);
};

} // namespace xlink
