#include "PostmanExport.h"

#include "Assertion.h"
#include "ChainReference.h"
#include "TemplateText.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// What every generated test script starts with: httpyac's conversions and predicates.
const char *const helpers[] = {
    "function xlinkConvert(actual, e) {",
    "  if (typeof actual === 'number') { var n = parseFloat(e); return isNaN(n) ? undefined : n; }",
    "  if (typeof actual === 'boolean') { var t = String(e).trim();",
    "    return /^true$/i.test(t) ? true : /^false$/i.test(t) ? false : t.length > 0; }",
    "  if (actual === null && e === 'null') return null;",
    "  if (actual === undefined && e === 'undefined') return undefined;",
    "  if (typeof actual === 'object' && actual !== null) { try { return JSON.parse(e); } catch "
    "(x) { return e; } }",
    "  return e;",
    "}",
    "function xlinkNumber(v) {",
    "  if (typeof v === 'number') return v;",
    "  if (typeof v === 'string') { var n = parseFloat(v); return isNaN(n) ? undefined : n; }",
    "  return undefined;",
    "}",
    "function xlinkCheck(actual, op, expected) {",
    "  var e = xlinkConvert(actual, expected);",
    "  switch (op) {",
    "  case '==': return typeof actual === 'object' && actual !== null",
    "    ? JSON.stringify(actual) === JSON.stringify(e) : actual === e;",
    "  case '!=': return !xlinkCheck(actual, '==', expected);",
    "  case '<': case '<=': case '>': case '>=': {",
    "    var a = xlinkNumber(actual), b = xlinkNumber(e);",
    "    if (a === undefined || b === undefined) return false;",
    "    return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b; }",
    "  case 'includes':",
    "    if (Array.isArray(actual)) return actual.some(function (i) { return xlinkCheck(i, '==', "
    "expected); });",
    "    return (typeof actual === 'string' || typeof actual === 'number' || typeof actual === "
    "'boolean')",
    "      && expected !== '' && String(actual).indexOf(expected) >= 0;",
    "  case 'startsWith':",
    "    return (typeof actual === 'string' || typeof actual === 'number' || typeof actual === "
    "'boolean')",
    "      && expected !== '' && String(actual).indexOf(expected) === 0;",
    "  case 'exists': return !!actual;",
    "  }",
    "  return false;",
    "}",
    "function xlinkBody(read) {",
    "  var body;",
    "  try { body = pm.response.json(); } catch (x) { return undefined; }",
    "  try { return read(body); } catch (x) { return undefined; }",
    "}",
    "function xlinkText(v) {",
    "  return v === undefined ? undefined : (typeof v === 'object' && v !== null) ? "
    "JSON.stringify(v) : String(v);",
    "}",
};

QString jsString(const QString &text)
{
    const QByteArray quoted = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
}

QString operatorOf(Assertion::Predicate predicate)
{
    switch (predicate) {
    case Assertion::Predicate::Equal:
        return QStringLiteral("==");
    case Assertion::Predicate::NotEqual:
        return QStringLiteral("!=");
    case Assertion::Predicate::Less:
        return QStringLiteral("<");
    case Assertion::Predicate::LessOrEqual:
        return QStringLiteral("<=");
    case Assertion::Predicate::Greater:
        return QStringLiteral(">");
    case Assertion::Predicate::GreaterOrEqual:
        return QStringLiteral(">=");
    case Assertion::Predicate::Includes:
        return QStringLiteral("includes");
    case Assertion::Predicate::StartsWith:
        return QStringLiteral("startsWith");
    case Assertion::Predicate::Exists:
        return QStringLiteral("exists");
    case Assertion::Predicate::Other:
        break;
    }
    return {};
}

QStringList assertionScript(const Assertion &a)
{
    const QString title = jsString(a.text.trimmed());
    if (!a.isSupported()) {
        return { u"pm.test(" + title + u", function () {",
            u"  throw new Error(" + jsString(u"not supported: " + a.unsupportedReason) + u");",
            QStringLiteral("});") };
    }
    QString actual;
    switch (a.subject) {
    case Assertion::Subject::Status:
        actual = QStringLiteral("pm.response.code");
        break;
    case Assertion::Subject::Duration:
        actual = QStringLiteral("pm.response.responseTime");
        break;
    case Assertion::Subject::Header:
        actual = u"pm.response.headers.get(" + jsString(a.target) + u')';
        break;
    case Assertion::Subject::Body:
        if (a.path.isEmpty()) {
            actual = QStringLiteral("pm.response.text()");
            break;
        }
        [[fallthrough]];
    case Assertion::Subject::Js:
        actual = u"xlinkBody(function (b) { return b" + JsonPath::toJavaScript(a.path) + u"; })";
        break;
    case Assertion::Subject::Unsupported:
        break;
    }
    return { u"pm.test(" + title + u", function () {", u"  var actual = " + actual + u';',
        u"  var expected = pm.variables.replaceIn(" + jsString(a.expected) + u");",
        u"  pm.expect(xlinkCheck(actual, '" + operatorOf(a.predicate) + u"', expected), "
            + jsString(a.target.isEmpty() ? a.field : a.field + u' ' + a.target)
            + u" + ' was ' + JSON.stringify(actual)).to.be.true;",
        QStringLiteral("});") };
}

QStringList chainScript(const QString &expression, const ChainReference &reference)
{
    QString value;
    switch (reference.part) {
    case ChainReference::Part::WholeBody:
        value = QStringLiteral("pm.response.text()");
        break;
    case ChainReference::Part::Header:
        value = u"pm.response.headers.get(" + jsString(reference.header) + u')';
        break;
    case ChainReference::Part::BodyPath:
        value = u"xlinkText(xlinkBody(function (b) { return b"
            + JsonPath::toJavaScript(reference.path) + u"; }))";
        break;
    case ChainReference::Part::Unsupported:
        return {};
    }
    return { u"(function () { var v = " + value + u";",
        u"  if (v === undefined) pm.collectionVariables.unset(" + jsString(expression) + u");",
        u"  else pm.collectionVariables.set(" + jsString(expression) + u", v); })();" };
}

struct Builder
{
    const HttpCollection &collection;
    QStringList *notes;
    // Chained expressions by the request name they read.
    QHash<QString, QStringList> chains;
    QSet<QString> names;

    QJsonObject item(const HttpRegion &region) const
    {
        QJsonObject request;
        request.insert(u"method", region.method);
        QJsonArray headers;
        for (const HttpHeader &header : region.headers)
            headers.append(QJsonObject { { u"key"_s, header.name }, { u"value"_s, header.value } });
        request.insert(u"header", headers);
        request.insert(u"url", region.url);
        if (!region.body.isEmpty()) {
            QJsonObject body { { u"mode"_s, QStringLiteral("raw") }, { u"raw"_s, region.body } };
            if (region.header(u"Content-Type").contains(u"json"))
                body.insert(u"options",
                    QJsonObject {
                        { u"raw"_s, QJsonObject { { u"language"_s, QStringLiteral("json") } } } });
            request.insert(u"body", body);
        }
        QString name = region.title.isEmpty() ? region.name : region.title;
        if (name.isEmpty())
            name = region.method + u' ' + region.url;
        QJsonObject item { { u"name"_s, name }, { u"request"_s, request } };

        QStringList exec;
        for (const AssertionLine &line : region.assertions)
            exec += assertionScript(Assertion::parse(line));
        if (!region.name.isEmpty()) {
            for (const QString &expression : chains.value(region.name)) {
                if (const auto reference = ChainReference::parse(expression))
                    exec += chainScript(expression, *reference);
            }
        }
        if (!exec.isEmpty()) {
            QStringList all;
            for (const char *line : helpers)
                all.append(QString::fromLatin1(line));
            all += exec;
            item.insert(u"event",
                QJsonArray { QJsonObject { { u"listen"_s, QStringLiteral("test") },
                    { u"script"_s,
                        QJsonObject { { u"type"_s, QStringLiteral("text/javascript") },
                            { u"exec"_s, QJsonArray::fromStringList(all) } } } } });
        }
        return item;
    }
};

// The folder tree, built in run order: a folder takes its place among its parent's items where
// its first request comes, as a run takes it.
struct FolderTree
{
    struct Node
    {
        QString name;
        QList<std::variant<QJsonObject, int>> entries; // an item, or a child node's index
        QHash<QString, int> children;
    };
    std::vector<Node> nodes { Node {} };

    int node(const QString &path)
    {
        int current = 0;
        for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
            const auto found = nodes[current].children.constFind(part);
            if (found != nodes[current].children.constEnd()) {
                current = *found;
                continue;
            }
            const int created = int(nodes.size());
            nodes.push_back(Node { part, {}, {} });
            nodes[current].children.insert(part, created);
            nodes[current].entries.append(created);
            current = created;
        }
        return current;
    }

    QJsonArray items(int index) const
    {
        QJsonArray out;
        for (const auto &entry : nodes[index].entries) {
            if (const QJsonObject *item = std::get_if<QJsonObject>(&entry))
                out.append(*item);
            else
                out.append(QJsonObject { { u"name"_s, nodes[std::get<int>(entry)].name },
                    { u"item"_s, items(std::get<int>(entry)) } });
        }
        return out;
    }
};

} // namespace

QByteArray PostmanExport::toJson(const HttpCollection &collection,
    const EnvironmentFile &environments, const QString &name, QStringList *notes)
{
    Builder builder { collection, notes, {}, {} };
    // Which chained values each named request must set.
    QSet<QString> requestNames;
    for (const HttpCollection::File &file : collection.files()) {
        for (const HttpRegion &region : file.content.regions) {
            if (!region.name.isEmpty())
                requestNames.insert(region.name);
        }
    }
    QJsonArray variables;
    QSet<QString> variableNames;
    const auto addVariable = [&](const QString &key, const QString &value) {
        if (variableNames.contains(key)) {
            if (notes)
                notes->append(tr("The variable %1 is defined more than once; Postman keeps "
                                 "one value per collection")
                                  .arg(key));
            return;
        }
        variableNames.insert(key);
        variables.append(QJsonObject { { u"key"_s, key }, { u"value"_s, value } });
    };
    for (const HttpCollection::File &file : collection.files()) {
        for (const FileVariable &variable : file.content.variables())
            addVariable(variable.name, variable.value);
        for (const HttpRegion &region : file.content.regions) {
            QStringList texts { region.url, region.body };
            for (const HttpHeader &header : region.headers)
                texts.append(header.value);
            for (const QString &text : std::as_const(texts)) {
                for (const TemplateText::Placeholder &p : TemplateText::placeholders(text)) {
                    const auto reference = ChainReference::parse(p.expression);
                    if (!reference || !requestNames.contains(reference->name))
                        continue;
                    QStringList &list = builder.chains[reference->name];
                    if (!list.contains(p.expression))
                        list.append(p.expression);
                    if (reference->part == ChainReference::Part::Unsupported && notes)
                        notes->append(tr("{{%1}} cannot be exported").arg(p.expression));
                }
                if (text.contains(u"{{$randomInt ") && notes)
                    notes->append(
                        tr("%1: Postman's {{$randomInt}} takes no bounds").arg(file.relativePath));
            }
            if ((!region.scripts.isEmpty() || !region.responseScripts.isEmpty()) && notes)
                notes->append(tr("%1:%2: scripts are not exported")
                                  .arg(file.relativePath)
                                  .arg(region.firstLine));
        }
    }
    const QHash<QString, QString> shared = environments.variables(QString());
    QStringList sharedKeys = shared.keys();
    std::sort(sharedKeys.begin(), sharedKeys.end());
    for (const QString &key : std::as_const(sharedKeys))
        addVariable(key, shared.value(key));

    FolderTree tree;
    for (const HttpCollection::File &file : collection.files()) {
        const QList<int> requests = file.content.requestIndexes();
        if (requests.isEmpty())
            continue;
        QString folder = QFileInfo(file.relativePath).path();
        if (folder == u".")
            folder.clear();
        if (requests.size() > 1) {
            const QString base = QFileInfo(file.relativePath).completeBaseName();
            folder = folder.isEmpty() ? base : folder + u'/' + base;
        }
        const int node = tree.node(folder);
        for (const int index : requests)
            tree.nodes[node].entries.append(builder.item(file.content.regions.at(index)));
    }
    const QJsonArray root = tree.items(0);

    QJsonObject info { { u"name"_s, name },
        { u"schema"_s,
            QStringLiteral(
                "https://schema.getpostman.com/json/collection/v2.1.0/collection.json") } };
    QJsonObject document { { u"info"_s, info }, { u"item"_s, root } };
    if (!variables.isEmpty())
        document.insert(u"variable", variables);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace xlink
