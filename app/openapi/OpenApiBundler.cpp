#include "OpenApiBundler.h"

#include "JsonTextPosition.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace xlink {

namespace {

using namespace Qt::StringLiterals;

const QStringList componentKinds { u"schemas"_s, u"parameters"_s, u"responses"_s,
    u"requestBodies"_s, u"examples"_s, u"headers"_s };

std::optional<QJsonObject> parse(const OpenApiBundler::Source &source, QStringList *errors)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(source.text, &error);
    if (error.error != QJsonParseError::NoError) {
        const JsonTextPosition::LineColumn where = JsonTextPosition::at(source.text, error.offset);
        errors->append(u"%1:%2:%3: invalid JSON: %4"_s.arg(source.fileName)
                           .arg(where.line)
                           .arg(where.column)
                           .arg(error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append(u"%1: the top level must be a JSON object"_s.arg(source.fileName));
        return std::nullopt;
    }
    return document.object();
}

// Every "$ref" string under `value`, with the JSON path where it was found.
void collectRefs(const QJsonValue &value, const QString &path, QList<QPair<QString, QString>> *refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == u"$ref" && it.value().isString())
                refs->append({ path, it.value().toString() });
            else
                collectRefs(it.value(), JsonTextPosition::appendKey(path, it.key()), refs);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectRefs(array.at(i), JsonTextPosition::appendIndex(path, i), refs);
    }
}

bool resolves(const QJsonObject &document, const QString &ref)
{
    if (!ref.startsWith(u"#/"))
        return false;
    QJsonValue current = document;
    for (QString token : ref.mid(2).split(u'/')) {
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return false;
            current = object.value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= current.toArray().size())
                return false;
            current = current.toArray().at(index);
        } else {
            return false;
        }
    }
    return true;
}

QStringList parameterNames(const QString &path)
{
    static const QRegularExpression brace(u"\\{([^}/]*)\\}"_s);
    QStringList names;
    for (const QRegularExpressionMatch &match : brace.globalMatch(path))
        names.append(match.captured(1));
    return names;
}

// Renames the path parameters of `parameters` from `from`'s names to `to`'s, by position.
QJsonArray renamePathParameters(
    QJsonArray parameters, const QStringList &from, const QStringList &to)
{
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        QJsonObject parameter = parameters.at(i).toObject();
        if (parameter.value(u"in"_s).toString() != u"path")
            continue;
        const qsizetype position = from.indexOf(parameter.value(u"name"_s).toString());
        if (position >= 0 && position < to.size()) {
            parameter.insert(u"name"_s, to.at(position));
            parameters.replace(i, parameter);
        }
    }
    return parameters;
}

void collectSecretFields(const QJsonValue &value, QSet<QString> *names)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectSecretFields(item, names);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"properties" && it.value().isObject()) {
            const QJsonObject properties = it.value().toObject();
            for (auto p = properties.constBegin(); p != properties.constEnd(); ++p) {
                const QJsonObject property = p.value().toObject();
                if (property.value(u"format"_s) == u"password"_s
                    || property.value(u"x-xlink-secret"_s).toBool())
                    names->insert(p.key());
            }
        }
        collectSecretFields(it.value(), names);
    }
}

struct Origin
{
    QString file;
    QString where;
};

} // namespace

const QStringList &OpenApiBundler::methods()
{
    static const QStringList list { u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"patch"_s,
        u"head"_s, u"options"_s, u"trace"_s };
    return list;
}

QStringList OpenApiBundler::secretFields(const QJsonObject &document)
{
    QSet<QString> names;
    collectSecretFields(document, &names);
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QString OpenApiBundler::pathShape(const QString &path)
{
    static const QRegularExpression brace(u"\\{[^}/]*\\}"_s);
    QString shape = path;
    shape.replace(brace, u"{}"_s);
    return shape;
}

QJsonObject OpenApiBundler::bundle(
    const Source &base, const QList<Source> &areas, QStringList *errors)
{
    QStringList problems;
    const std::optional<QJsonObject> parsedBase = parse(base, &problems);
    if (!parsedBase) {
        *errors = problems;
        return {};
    }
    QJsonObject document = *parsedBase;
    QJsonObject paths = document.value(u"paths"_s).toObject();
    QJsonObject components = document.value(u"components"_s).toObject();
    QJsonArray tags = document.value(u"tags"_s).toArray();

    QHash<QString, QString> pathKeyByShape; // shape -> the path key used in the document
    QHash<QString, Origin> operationOrigin; // "GET shape" -> where
    QHash<QString, Origin> operationIdOrigin;
    QHash<QString, QString> componentOrigin; // "schemas/Name" -> file
    QHash<QString, QString> tagOrigin;
    QList<QPair<QString, QList<QPair<QString, QString>>>> refsByFile;

    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it)
        pathKeyByShape.insert(pathShape(it.key()), it.key());
    for (const QString &kind : componentKinds) {
        const QJsonObject group = components.value(kind).toObject();
        for (auto it = group.constBegin(); it != group.constEnd(); ++it)
            componentOrigin.insert(kind + u'/' + it.key(), base.fileName);
    }
    for (const QJsonValue &tag : std::as_const(tags))
        tagOrigin.insert(tag.toObject().value(u"name"_s).toString(), base.fileName);
    {
        QList<QPair<QString, QString>> refs;
        collectRefs(document, u"$"_s, &refs);
        refsByFile.append({ base.fileName, refs });
    }

    static const QStringList areaKeys { u"x-source"_s, u"tags"_s, u"paths"_s, u"components"_s };
    for (const Source &area : areas) {
        const std::optional<QJsonObject> parsed = parse(area, &problems);
        if (!parsed)
            continue;
        const QJsonObject &file = *parsed;
        for (auto it = file.constBegin(); it != file.constEnd(); ++it) {
            if (!areaKeys.contains(it.key()) && !it.key().startsWith(u"x-"))
                problems.append(u"%1: unknown top-level key '%2' (an area file has x-source, "
                                "tags, paths, components)"_s.arg(area.fileName, it.key()));
        }
        const QString source = file.value(u"x-source"_s).toString();

        QList<QPair<QString, QString>> refs;
        collectRefs(file, u"$"_s, &refs);
        refsByFile.append({ area.fileName, refs });

        for (const QJsonValue &tagValue : file.value(u"tags"_s).toArray()) {
            const QString name = tagValue.toObject().value(u"name"_s).toString();
            if (tagOrigin.contains(name)) {
                problems.append(u"%1: tag '%2' is already declared in %3"_s.arg(
                    area.fileName, name, tagOrigin.value(name)));
                continue;
            }
            tagOrigin.insert(name, area.fileName);
            tags.append(tagValue);
        }

        const QJsonObject areaComponents = file.value(u"components"_s).toObject();
        for (auto kindIt = areaComponents.constBegin(); kindIt != areaComponents.constEnd();
             ++kindIt) {
            if (!componentKinds.contains(kindIt.key())) {
                problems.append(
                    u"%1: unknown components key '%2'"_s.arg(area.fileName, kindIt.key()));
                continue;
            }
            QJsonObject group = components.value(kindIt.key()).toObject();
            const QJsonObject added = kindIt.value().toObject();
            for (auto it = added.constBegin(); it != added.constEnd(); ++it) {
                const QString id = kindIt.key() + u'/' + it.key();
                if (componentOrigin.contains(id)) {
                    problems.append(u"%1: components.%2.%3 is already defined in %4"_s.arg(
                        area.fileName, kindIt.key(), it.key(), componentOrigin.value(id)));
                    continue;
                }
                componentOrigin.insert(id, area.fileName);
                group.insert(it.key(), it.value());
            }
            components.insert(kindIt.key(), group);
        }

        const QJsonObject areaPaths = file.value(u"paths"_s).toObject();
        for (auto pathIt = areaPaths.constBegin(); pathIt != areaPaths.constEnd(); ++pathIt) {
            const QString shape = pathShape(pathIt.key());
            if (!pathIt.key().startsWith(u"/v2/")) {
                problems.append(
                    u"%1: path '%2' does not start with /v2/"_s.arg(area.fileName, pathIt.key()));
            }
            const QString key = pathKeyByShape.value(shape, pathIt.key());
            pathKeyByShape.insert(shape, key);
            // Paths of one shape share one key (OpenAPI forbids two templated paths that differ
            // only in parameter names): the later file's path parameters take the first names.
            const QStringList fromNames = parameterNames(pathIt.key());
            const QStringList toNames = parameterNames(key);
            QJsonObject item = paths.value(key).toObject();
            const QJsonObject areaItem = pathIt.value().toObject();
            for (auto opIt = areaItem.constBegin(); opIt != areaItem.constEnd(); ++opIt) {
                if (!methods().contains(opIt.key())) {
                    if (opIt.key() == u"parameters") {
                        item.insert(opIt.key(),
                            renamePathParameters(opIt.value().toArray(), fromNames, toNames));
                    } else if (opIt.key() == u"summary" || opIt.key() == u"description"
                        || opIt.key().startsWith(u"x-")) {
                        item.insert(opIt.key(), opIt.value());
                    } else {
                        problems.append(u"%1: %2: unknown key '%3' in a path item"_s.arg(
                            area.fileName, pathIt.key(), opIt.key()));
                    }
                    continue;
                }
                const QString method = opIt.key().toUpper();
                const QString operationKey = method + u' ' + shape;
                if (operationOrigin.contains(operationKey)) {
                    const Origin &first = operationOrigin.value(operationKey);
                    problems.append(u"%1: %2 %3 is already described in %4 (as %5)"_s.arg(
                        area.fileName, method, pathIt.key(), first.file, first.where));
                    continue;
                }
                operationOrigin.insert(
                    operationKey, { area.fileName, method + u' ' + pathIt.key() });
                QJsonObject operation = opIt.value().toObject();
                const QString operationId = operation.value(u"operationId"_s).toString();
                if (!operationId.isEmpty()) {
                    if (operationIdOrigin.contains(operationId)) {
                        const Origin &first = operationIdOrigin.value(operationId);
                        problems.append(
                            u"%1: operationId '%2' (%3 %4) is already used in %5 by %6"_s.arg(
                                area.fileName, operationId, method, pathIt.key(), first.file,
                                first.where));
                    }
                    operationIdOrigin.insert(
                        operationId, { area.fileName, method + u' ' + pathIt.key() });
                }
                if (fromNames != toNames && operation.contains(u"parameters"_s)) {
                    operation.insert(u"parameters"_s,
                        renamePathParameters(
                            operation.value(u"parameters"_s).toArray(), fromNames, toNames));
                }
                if (!source.isEmpty() && !operation.contains(u"x-xlink-source"_s))
                    operation.insert(u"x-xlink-source"_s, source);
                item.insert(opIt.key(), operation);
            }
            paths.insert(key, item);
        }
    }

    document.insert(u"paths"_s, paths);
    document.insert(u"components"_s, components);
    if (!tags.isEmpty())
        document.insert(u"tags"_s, tags);

    for (const auto &[fileName, refs] : std::as_const(refsByFile)) {
        for (const auto &[where, ref] : refs) {
            if (!resolves(document, ref)) {
                problems.append(u"%1: %2: $ref '%3' does not resolve in the bundled document"_s.arg(
                    fileName, where, ref));
            }
        }
    }

    if (!problems.isEmpty()) {
        *errors = problems;
        return {};
    }
    return document;
}

} // namespace xlink
