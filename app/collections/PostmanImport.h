#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace xlink {

// A Postman collection (v2.1, and v2.0, which has the same items) turned into a collection
// folder: each folder a subfolder, each request a .http file of its own, numbered so the
// folder's order is Postman's ("01-log-in.http", "02-products/"); collection variables become
// `$shared` in http-client.env.json, an environment file's values an environment of it (its
// secret values are left out: secrets never go into plain files). Raw bodies, headers, and
// bearer auth (as an Authorization header) are imported; what is not (scripts, other body
// modes and auth types, disabled entries) is listed in the report, one line each.
class PostmanImport final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::PostmanImport)

public:
    struct File
    {
        QString relativePath; // with '/'
        QByteArray content;
    };
    struct Result
    {
        QList<File> files;
        QStringList notImported; // "Folder / Request: what was left out"
        int requests = 0;
        QString error; // the collection could not be read at all
        bool ok() const { return error.isEmpty(); }
    };

    static Result fromJson(const QByteArray &collection, const QByteArray &environment = {});
    // Writes the files under `folder` (created if missing); refuses to replace a file that
    // exists. False with `error` set.
    static bool write(const Result &result, const QString &folder, QString *error);
    // A request name (`# @name`) made from a Postman item's name: "Create product" ->
    // "createProduct".
    static QString identifierFor(const QString &name);
};

} // namespace xlink
