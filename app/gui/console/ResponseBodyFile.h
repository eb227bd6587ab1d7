#pragma once

#include <QByteArray>
#include <QString>

namespace xlink {

// Writes a response body to a file the user chose, all or nothing (QSaveFile), owner-only.
class ResponseBodyFile final
{
public:
    // False with `error` set (translated) when the file cannot be written.
    static bool save(const QString &path, const QByteArray &body, QString *error);
};

} // namespace xlink
