// Build step (not installed): merges resources/api/openapi/base.json and areas/*.json into the
// one OpenAPI document the console ships, and fails the build with one line per problem
// (file, and line:column for invalid JSON) when the sources do not fit together.
//   xlink-openapi-bundler BASE.json AREAS_DIR OUTPUT.json
//   xlink-openapi-bundler --secret-fields BASE.json AREAS_DIR OUTPUT.txt
// The second form writes the property names the description marks as secrets, one a line,
// for the Redactor (xlink_core embeds the list).
#include "OpenApiBundler.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace {

bool read(const QString &path, QByteArray *text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *text = file.readAll();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const char *program = argv[0];
    const bool secretFields = argc == 5 && qstrcmp(argv[1], "--secret-fields") == 0;
    if (argc != 4 && !secretFields) {
        std::fprintf(stderr, "usage: %s [--secret-fields] BASE.json AREAS_DIR OUTPUT\n", argv[0]);
        return 2;
    }
    if (secretFields)
        ++argv;
    xlink::OpenApiBundler::Source base { QString::fromLocal8Bit(argv[1]), {} };
    if (!read(base.fileName, &base.text)) {
        std::fprintf(stderr, "%s: cannot read %s\n", program, argv[1]);
        return 1;
    }
    const QDir areasDir(QString::fromLocal8Bit(argv[2]));
    QList<xlink::OpenApiBundler::Source> areas;
    for (const QString &name :
        areasDir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        xlink::OpenApiBundler::Source area { areasDir.filePath(name), {} };
        if (!read(area.fileName, &area.text)) {
            std::fprintf(stderr, "%s: cannot read %s\n", program, qPrintable(area.fileName));
            return 1;
        }
        areas.append(area);
    }
    QStringList errors;
    const QJsonObject document = xlink::OpenApiBundler::bundle(base, areas, &errors);
    if (!errors.isEmpty()) {
        for (const QString &error : std::as_const(errors))
            std::fprintf(stderr, "error: %s\n", qPrintable(error));
        std::fprintf(stderr, "%s: %lld problem(s) in the OpenAPI sources; nothing written\n",
            program, static_cast<long long>(errors.size()));
        return 1;
    }
    const QByteArray text = secretFields
        ? xlink::OpenApiBundler::secretFields(document).join(u'\n').toUtf8() + '\n'
        : QJsonDocument(document).toJson(QJsonDocument::Compact);
    QSaveFile output(QString::fromLocal8Bit(argv[3]));
    if (!output.open(QIODevice::WriteOnly) || output.write(text) != text.size()
        || !output.commit()) {
        std::fprintf(stderr, "%s: cannot write %s\n", program, argv[3]);
        return 1;
    }
    return 0;
}
