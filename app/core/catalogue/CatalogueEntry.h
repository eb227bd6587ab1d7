#pragma once

#include "catalogue/LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xlink {

// Another published text for a code: a typo on an older page, a second message published for
// the same code, or the text of an imported page that differs from the built-in one.
struct CatalogueVariant
{
    enum class Kind { Typo, Duplicate, Imported };

    LocalizedText text;
    QString source; // page id ("2016-02", "2017-05") or the imported file's name
    Kind kind = Kind::Duplicate;

    friend bool operator==(const CatalogueVariant &, const CatalogueVariant &) = default;
};

// One platform error code and everything the catalogue knows about it.
struct CatalogueEntry
{
    int code = 0; // e.g. 4031003
    int httpStatus = 0; // e.g. 403
    QString number; // e.g. "1003"
    LocalizedText message;
    std::optional<LocalizedText> hint;
    QStringList pages; // where it was published: "2016-02", "2017-05", or "import:<file>"
    QList<CatalogueVariant> variants;
    bool builtin = true; // false for codes that only an imported page knows

    friend bool operator==(const CatalogueEntry &, const CatalogueEntry &) = default;
};

// The meaning of an HTTP status the platform uses, e.g. 403 = 接口权限错误.
struct HttpStatusInfo
{
    int status = 0;
    QString reason; // "Forbidden"
    LocalizedText meaning;

    friend bool operator==(const HttpStatusInfo &, const HttpStatusInfo &) = default;
};

} // namespace xlink
