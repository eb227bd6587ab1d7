#include "FieldHelpModel.h"

#include <QFont>
#include <QJsonDocument>
#include <QLocale>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

QString shownPath(const QString &path)
{
    // `$.a.b` reads as `a.b`; a top-level array's items as `[].x`.
    if (path.startsWith(u"$."))
        return path.mid(2);
    return path.mid(1);
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 15);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return u"\""_s + value.toString() + u"\""_s;
    if (value.isDouble())
        return number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

FieldHelpModel::FieldHelpModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

FieldHelpModel::~FieldHelpModel() = default;

void FieldHelpModel::setFields(QList<ApiField> fields)
{
    beginResetModel();
    m_fields = std::move(fields);
    endResetModel();
}

void FieldHelpModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int FieldHelpModel::rowFor(const QString &valuePath) const
{
    QString path = RequestFields::fieldPath(valuePath);
    while (!path.isEmpty() && path != u"$") {
        for (int row = 0; row < m_fields.size(); ++row) {
            if (m_fields.at(row).path == path)
                return row;
        }
        // Up one level: `$.a.b` -> `$.a`, `$.a[]` -> `$.a`, `$["x-y"]` -> `$`.
        if (path.endsWith(u"[]"))
            path.chop(2);
        else if (path.endsWith(u"\"]"))
            path.truncate(path.lastIndexOf(u"[\""));
        else
            path.truncate(path.lastIndexOf(u'.'));
    }
    return -1;
}

QString FieldHelpModel::typeText(const ApiField &field) const
{
    QString type = field.type.isEmpty() ? tr("any") : field.type;
    if (field.type == u"array" && !field.itemType.isEmpty())
        type = tr("array of %1").arg(field.itemType);
    if (field.nullable)
        type = tr("%1 or null").arg(type);
    return type;
}

QString FieldHelpModel::limitsText(const ApiField &field) const
{
    QStringList parts;
    if (!field.enumValues.isEmpty()) {
        QStringList values;
        for (const QJsonValue &value : field.enumValues)
            values.append(jsonText(value));
        parts.append(tr("one of %1").arg(values.join(u", "_s)));
    }
    if (field.minLength && field.maxLength)
        parts.append(tr("length %1 to %2").arg(*field.minLength).arg(*field.maxLength));
    else if (field.maxLength)
        parts.append(tr("length at most %1").arg(*field.maxLength));
    else if (field.minLength)
        parts.append(tr("length at least %1").arg(*field.minLength));
    if (field.minimum) {
        parts.append((field.exclusiveMinimum ? tr("more than %1") : tr("at least %1"))
                         .arg(number(*field.minimum)));
    }
    if (field.maximum) {
        parts.append((field.exclusiveMaximum ? tr("less than %1") : tr("at most %1"))
                         .arg(number(*field.maximum)));
    }
    if (field.minItems)
        parts.append(tr("items: at least %1").arg(*field.minItems));
    if (field.maxItems)
        parts.append(tr("items: at most %1").arg(*field.maxItems));
    if (!field.pattern.isEmpty())
        parts.append(tr("matches %1").arg(field.pattern));
    if (field.secret)
        parts.append(tr("secret: redacted in the history and the log"));
    else if (!field.format.isEmpty())
        parts.append(tr("format %1").arg(field.format));
    return parts.join(u"; "_s);
}

QString FieldHelpModel::entryText(int row) const
{
    if (row < 0 || row >= m_fields.size())
        return {};
    const ApiField &field = m_fields.at(row);
    QString text = shownPath(field.path) + u" (" + typeText(field) + u", "
        + (field.required ? tr("required") : tr("optional")) + u")";
    const QString limits = limitsText(field);
    if (!limits.isEmpty())
        text += u"\n" + limits;
    const QString description = field.description.in(m_language);
    if (!description.isEmpty())
        text += u"\n" + description;
    return text;
}

int FieldHelpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldHelpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DescriptionColumn + 1;
}

QVariant FieldHelpModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const ApiField &field = m_fields.at(index.row());
    if (role == PathRole)
        return field.path;
    if (role == Qt::ToolTipRole)
        return entryText(index.row());
    if (role == Qt::FontRole && index.column() == FieldColumn && field.required) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return shownPath(field.path);
    case TypeColumn:
        return typeText(field);
    case RequiredColumn:
        return field.required ? tr("required") : tr("optional");
    case LimitsColumn:
        return limitsText(field);
    case DescriptionColumn:
        return field.description.in(m_language);
    default:
        return {};
    }
}

QVariant FieldHelpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case RequiredColumn:
        return tr("Required");
    case LimitsColumn:
        return tr("Limits");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace xlink
