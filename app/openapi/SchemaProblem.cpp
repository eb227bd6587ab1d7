#include "SchemaProblem.h"

#include <QCoreApplication>
#include <QStringList>

namespace xlink {

namespace {

QString typeName(const QString &type)
{
    if (type == QLatin1String("string"))
        return QCoreApplication::translate("xlink::SchemaProblem", "a string");
    if (type == QLatin1String("integer"))
        return QCoreApplication::translate("xlink::SchemaProblem", "a whole number");
    if (type == QLatin1String("number"))
        return QCoreApplication::translate("xlink::SchemaProblem", "a number");
    if (type == QLatin1String("boolean"))
        return QCoreApplication::translate("xlink::SchemaProblem", "true or false");
    if (type == QLatin1String("object"))
        return QCoreApplication::translate("xlink::SchemaProblem", "an object");
    if (type == QLatin1String("array"))
        return QCoreApplication::translate("xlink::SchemaProblem", "an array");
    if (type == QLatin1String("null"))
        return QCoreApplication::translate("xlink::SchemaProblem", "null");
    return type;
}

// "string,null" -> "a string or null", in the current language.
QString typeNames(const QString &types)
{
    QStringList names;
    for (const QString &type : types.split(u',', Qt::SkipEmptyParts))
        names.append(typeName(type));
    if (names.isEmpty())
        return QCoreApplication::translate("xlink::SchemaProblem", "another type");
    return names.join(QCoreApplication::translate("xlink::SchemaProblem", " or "));
}

} // namespace

QString SchemaProblem::text() const
{
    // The context is spelt out for lupdate, which does not see through a helper.
    switch (kind) {
    case Kind::InvalidJson:
        return QCoreApplication::translate("xlink::SchemaProblem", "not valid JSON: %1")
            .arg(detail);
    case Kind::MissingBody:
        return QCoreApplication::translate("xlink::SchemaProblem", "this call needs a JSON body");
    case Kind::WrongType:
        return QCoreApplication::translate("xlink::SchemaProblem", "should be %1")
            .arg(typeNames(detail));
    case Kind::NotInteger:
        return QCoreApplication::translate("xlink::SchemaProblem", "should be a whole number");
    case Kind::MissingField:
        return QCoreApplication::translate("xlink::SchemaProblem", "required field “%1” is missing")
            .arg(detail);
    case Kind::UnknownField:
        return QCoreApplication::translate(
            "xlink::SchemaProblem", "“%1” is not a field of this call")
            .arg(detail);
    case Kind::NotInEnum:
        return QCoreApplication::translate("xlink::SchemaProblem", "should be one of: %1")
            .arg(detail);
    case Kind::TooShort:
        return QCoreApplication::translate(
            "xlink::SchemaProblem", "should have at least %1 characters")
            .arg(detail);
    case Kind::TooLong:
        return QCoreApplication::translate(
            "xlink::SchemaProblem", "should have at most %1 characters")
            .arg(detail);
    case Kind::BelowMinimum:
    case Kind::AboveMaximum:
        return QCoreApplication::translate("xlink::SchemaProblem", "should be %1").arg(detail);
    case Kind::PatternMismatch:
        return QCoreApplication::translate("xlink::SchemaProblem", "should match the pattern %1")
            .arg(detail);
    case Kind::BadFormat:
        return QCoreApplication::translate("xlink::SchemaProblem", "should be a valid %1")
            .arg(detail);
    case Kind::TooFewItems:
        return QCoreApplication::translate("xlink::SchemaProblem", "should have at least %1 items")
            .arg(detail);
    case Kind::TooManyItems:
        return QCoreApplication::translate("xlink::SchemaProblem", "should have at most %1 items")
            .arg(detail);
    case Kind::NoAlternativeFits:
        return QCoreApplication::translate(
            "xlink::SchemaProblem", "does not fit any of the shapes this field allows");
    case Kind::Other:
        break;
    }
    return message;
}

} // namespace xlink
