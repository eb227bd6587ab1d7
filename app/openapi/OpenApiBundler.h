#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace xlink {

// Merges the OpenAPI sources (resources/api/openapi/base.json and one file per document page
// in areas/) into the one self-contained document that ships. Used at build time by
// xlink-openapi-bundler, so a mistake in any area file stops the build with a message naming
// the file: invalid JSON (with line and column), an unknown top-level key, a method+path given
// twice (path parameter names do not count), an operationId or a component name used twice,
// a tag declared twice, or a $ref that resolves to nothing.
class OpenApiBundler final
{
public:
    struct Source
    {
        QString fileName; // as shown in messages
        QByteArray text;
    };

    // The merged document, or an empty object with `errors` filled (one line each).
    static QJsonObject bundle(const Source &base, const QList<Source> &areas, QStringList *errors);

    // `/v2/product/{product_id}` -> `/v2/product/{}`: two paths with the same shape are the
    // same operation whatever their parameters are called.
    static QString pathShape(const QString &path);

    static const QStringList &methods();

    // The property names `document` marks as secrets (`format: password` or
    // `x-xlink-secret: true`) anywhere, sorted, without repeats: the Redactor's extra keys.
    static QStringList secretFields(const QJsonObject &document);
};

} // namespace xlink
