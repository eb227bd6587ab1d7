#pragma once

#include <QByteArray>
#include <QString>

namespace xlink {

// Writes the built-in OpenAPI description as a file any OpenAPI tool can import (Postman,
// Insomnia, Bruno, swagger-cli). It holds no secrets, so the file gets ordinary permissions;
// it is written through QSaveFile, so a failed write leaves no partial file behind.
class OpenApiExport final
{
public:
    // The description as indented JSON.
    static QByteArray document();
    // False with `error` set (in the interface language) when the file cannot be written.
    static bool write(const QString &path, QString *error);
};

} // namespace xlink
