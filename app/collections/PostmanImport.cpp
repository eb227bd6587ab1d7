#include "PostmanImport.h"

#include "EnvironmentFile.h"
#include "HttpFileWriter.h"
#include "JsonPath.h"
#include "util/OwnerOnlyFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace xlink {

namespace {

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    out.truncate(60);
    return out.isEmpty() ? QStringLiteral("request") : out;
}

QString scriptText(const QJsonValue &exec)
{
    if (exec.isArray()) {
        QStringList lines;
        for (const QJsonValue &line : exec.toArray())
            lines.append(line.toString());
        return lines.join(u'\n');
    }
    return exec.toString();
}

class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::PostmanImport)

public:
    explicit Importer(PostmanImport::Result &result)
        : m_result(result)
    { }

    void items(const QJsonArray &items, const QString &folder, const QString &shownPath);
    void events(const QJsonValue &events, const QString &where);
    void auth(const QJsonValue &auth, const QString &where, HttpRegion *region);

private:
    void request(const QJsonObject &item, const QString &path, const QString &shown);
    QString uniqueName(const QString &name);

    PostmanImport::Result &m_result;
    QSet<QString> m_names;
};

void Importer::events(const QJsonValue &events, const QString &where)
{
    for (const QJsonValue &event : events.toArray()) {
        const QJsonObject e = event.toObject();
        const QString code = scriptText(e.value(u"script").toObject().value(u"exec")).trimmed();
        if (code.isEmpty())
            continue;
        const QString listen = e.value(u"listen").toString();
        m_result.notImported.append(listen == u"test"
                ? tr("%1: test script not imported (write its checks as ?? lines)").arg(where)
                : tr("%1: %2 script not imported").arg(where, listen));
    }
}

void Importer::auth(const QJsonValue &authValue, const QString &where, HttpRegion *region)
{
    const QJsonObject auth = authValue.toObject();
    const QString type = auth.value(u"type").toString();
    if (type.isEmpty() || type == u"noauth" || type == u"inherit")
        return;
    if (type == u"bearer" && region) {
        QString token;
        for (const QJsonValue &v : auth.value(u"bearer").toArray()) {
            if (v.toObject().value(u"key").toString() == u"token")
                token = JsonPath::toText(v.toObject().value(u"value"));
        }
        region->headers.append({ QStringLiteral("Authorization"), u"Bearer " + token });
        return;
    }
    m_result.notImported.append(tr("%1: %2 authorization not imported").arg(where, type));
}

QString Importer::uniqueName(const QString &name)
{
    const QString base = PostmanImport::identifierFor(name);
    QString candidate = base;
    for (int n = 2; m_names.contains(candidate); ++n)
        candidate = base + QString::number(n);
    m_names.insert(candidate);
    return candidate;
}

void Importer::items(const QJsonArray &items, const QString &folder, const QString &shownPath)
{
    const int width = std::max(2, int(QString::number(items.size()).size()));
    int index = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(u"name").toString();
        const QString shown = shownPath.isEmpty() ? name : shownPath + u" / " + name;
        const QString prefix = QStringLiteral("%1-").arg(++index, width, 10, QLatin1Char('0'));
        const QString path = (folder.isEmpty() ? QString() : folder + u'/') + prefix + slug(name);
        if (item.value(u"item").isArray()) {
            events(item.value(u"event"), shown);
            auth(item.value(u"auth"), shown, nullptr);
            this->items(item.value(u"item").toArray(), path, shown);
        } else if (item.value(u"request").isObject() || item.value(u"request").isString()) {
            request(item, path + u".http", shown);
        }
    }
}

void Importer::request(const QJsonObject &item, const QString &path, const QString &shown)
{
    HttpRegion region;
    region.hasSeparator = true;
    region.title = item.value(u"name").toString().simplified();
    region.name = uniqueName(item.value(u"name").toString());
    const QJsonValue requestValue = item.value(u"request");
    if (requestValue.isString()) {
        region.method = QStringLiteral("GET");
        region.url = requestValue.toString();
    } else {
        const QJsonObject request = requestValue.toObject();
        region.method = request.value(u"method").toString(QStringLiteral("GET")).toUpper();
        const QJsonValue url = request.value(u"url");
        if (url.isString()) {
            region.url = url.toString();
        } else {
            const QJsonObject u = url.toObject();
            region.url = u.value(u"raw").toString();
            if (!u.value(u"variable").toArray().isEmpty())
                m_result.notImported.append(
                    tr("%1: path variables (:name) not imported; write {{name}}").arg(shown));
        }
        for (const QJsonValue &h : request.value(u"header").toArray()) {
            const QJsonObject header = h.toObject();
            if (header.value(u"disabled").toBool()) {
                m_result.notImported.append(tr("%1: disabled header %2 left out")
                                                .arg(shown, header.value(u"key").toString()));
                continue;
            }
            region.headers.append({ header.value(u"key").toString(),
                JsonPath::toText(header.value(u"value")).simplified() });
        }
        const QJsonObject body = request.value(u"body").toObject();
        const QString mode = body.value(u"mode").toString();
        if (mode == u"raw") {
            region.body = body.value(u"raw").toString();
            region.body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            const QString language = body.value(u"options")
                                         .toObject()
                                         .value(u"raw")
                                         .toObject()
                                         .value(u"language")
                                         .toString();
            if (language == u"json" && region.header(u"Content-Type").isNull())
                region.headers.append(
                    { QStringLiteral("Content-Type"), QStringLiteral("application/json") });
        } else if (mode == u"urlencoded") {
            QStringList pairs;
            for (const QJsonValue &p : body.value(u"urlencoded").toArray()) {
                const QJsonObject pair = p.toObject();
                if (pair.value(u"disabled").toBool())
                    continue;
                pairs.append(
                    pair.value(u"key").toString() + u'=' + JsonPath::toText(pair.value(u"value")));
            }
            region.body = pairs.join(u'&');
            if (region.header(u"Content-Type").isNull())
                region.headers.append({ QStringLiteral("Content-Type"),
                    QStringLiteral("application/x-www-form-urlencoded") });
        } else if (!mode.isEmpty()) {
            m_result.notImported.append(tr("%1: %2 body not imported").arg(shown, mode));
        }
        auth(request.value(u"auth"), shown, &region);
    }
    // A body line that would read as a separator or an assertion cannot be kept as it is.
    for (const QStringView line : QStringView(region.body).split(u'\n')) {
        if (line.trimmed().startsWith(u"###") || line.startsWith(u"??")) {
            m_result.notImported.append(tr("%1: body lines starting with ### or ?? were "
                                           "indented by a space")
                                            .arg(shown));
            QStringList lines = region.body.split(u'\n');
            for (QString &l : lines) {
                if (l.trimmed().startsWith(u"###") || l.startsWith(u"??"))
                    l.prepend(u' ');
            }
            region.body = lines.join(u'\n');
            break;
        }
    }
    while (region.body.endsWith(u'\n'))
        region.body.chop(1);
    events(item.value(u"event"), shown);
    HttpFile file;
    file.regions.append(region);
    m_result.files.append({ path, HttpFileWriter::write(file) });
    ++m_result.requests;
}

} // namespace

QString PostmanImport::identifierFor(const QString &name)
{
    QString out;
    bool upper = false;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            out += out.isEmpty() ? c.toLower() : (upper ? c.toUpper() : c);
            upper = false;
        } else {
            upper = !out.isEmpty();
        }
    }
    if (out.isEmpty())
        return QStringLiteral("request");
    if (out.front().isDigit())
        out.prepend(u'r');
    return out.left(60);
}

PostmanImport::Result PostmanImport::fromJson(
    const QByteArray &collection, const QByteArray &environment)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(collection, &parseError);
    const QJsonObject root = document.object();
    const QJsonObject info = root.value(u"info").toObject();
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The collection is not JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!root.value(u"item").isArray() || info.isEmpty()) {
        result.error = tr("This is not a Postman collection v2.1 (no info and item)");
        return result;
    }
    const QString schema = info.value(u"schema").toString();
    if (schema.isEmpty()) {
        result.error = tr("This collection names no Postman schema (info.schema): only "
                          "collections exported by Postman as v2.1 or v2.0 can be imported");
        return result;
    }
    if (!schema.contains(u"/v2.1.") && !schema.contains(u"/v2.0.")) {
        result.error = tr("Only Postman collections v2.1 and v2.0 can be imported, this one "
                          "says “%1”")
                           .arg(schema);
        return result;
    }
    Importer importer(result);
    const QString collectionName = info.value(u"name").toString();
    importer.events(root.value(u"event"), collectionName);
    importer.auth(root.value(u"auth"), collectionName, nullptr);
    importer.items(root.value(u"item").toArray(), QString(), QString());

    QJsonObject environments;
    QJsonObject shared;
    for (const QJsonValue &v : root.value(u"variable").toArray()) {
        const QJsonObject variable = v.toObject();
        if (variable.value(u"disabled").toBool())
            continue;
        shared.insert(
            variable.value(u"key").toString(), JsonPath::toText(variable.value(u"value")));
    }
    if (!shared.isEmpty())
        environments.insert(QLatin1StringView(EnvironmentFile::sharedName), shared);
    if (!environment.isEmpty()) {
        const QJsonDocument envDocument = QJsonDocument::fromJson(environment, &parseError);
        if (parseError.error != QJsonParseError::NoError || !envDocument.isObject()
            || !envDocument.object().value(u"values").isArray()) {
            result.error = tr("The environment is not a Postman environment (no values)");
            return result;
        }
        const QJsonObject env = envDocument.object();
        QString name = slug(env.value(u"name").toString());
        if (name == u"request")
            name = QStringLiteral("postman");
        QJsonObject values;
        for (const QJsonValue &v : env.value(u"values").toArray()) {
            const QJsonObject value = v.toObject();
            const QString key = value.value(u"key").toString();
            if (value.value(u"type").toString() == u"secret") {
                result.notImported.append(tr("Environment %1: the secret %2 was left out (give "
                                             "it with --var %2=... or the console's keychain)")
                                              .arg(name, key));
                continue;
            }
            if (value.contains(u"enabled") && !value.value(u"enabled").toBool())
                continue;
            values.insert(key, JsonPath::toText(value.value(u"value")));
        }
        environments.insert(name, values);
    }
    if (!environments.isEmpty()) {
        result.files.append({ QString::fromLatin1(EnvironmentFile::fileName),
            QJsonDocument(environments).toJson(QJsonDocument::Indented) });
    }
    return result;
}

bool PostmanImport::write(const Result &result, const QString &folder, QString *error)
{
    const QDir root(folder);
    for (const File &file : result.files) {
        if (QFileInfo::exists(root.filePath(file.relativePath))) {
            *error = tr("%1 exists already; import into an empty folder")
                         .arg(QDir::toNativeSeparators(root.filePath(file.relativePath)));
            return false;
        }
    }
    for (const File &file : result.files) {
        const QString path = root.filePath(file.relativePath);
        if (!OwnerOnlyFiles::makePath(QFileInfo(path).path(), error)
            || !OwnerOnlyFiles::save(path, file.content, error)) {
            *error = QDir::toNativeSeparators(path) + u": " + *error;
            return false;
        }
    }
    return true;
}

} // namespace xlink
