#include "JUnitReport.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// XML 1.0 has no place for most control characters, even escaped; a server's message may
// hold them.
QString xmlText(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            c = QChar(0xFFFD);
    }
    return text;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

struct Suite
{
    int collection = 0;
    QString file;
    QList<const RequestRunResult *> cases;
};

} // namespace

QByteArray JUnitReport::toXml(const RunSummary &summary, const QStringList &roots)
{
    using Outcome = RequestRunResult::Outcome;
    QList<Suite> suites;
    const auto place = [&suites](const RequestRunResult &result) {
        for (Suite &suite : suites) {
            if (suite.collection == result.collection && suite.file == result.file) {
                suite.cases.append(&result);
                return;
            }
        }
        suites.append({ result.collection, result.file, { &result } });
    };
    for (const RequestRunResult &result : summary.results)
        place(result);
    for (const RequestRunResult &result : summary.notReached)
        place(result);

    QString hostname = QSysInfo::machineHostName().trimmed();
    if (hostname.isEmpty())
        hostname = u"localhost"_s;
    const QString timestamp = summary.startedAt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);

    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(u"testsuites"_s);
    for (qsizetype id = 0; id < suites.size(); ++id) {
        const Suite &suite = suites.at(id);
        const QString root = roots.value(suite.collection);
        QString package = root.isEmpty() ? QString() : QFileInfo(QDir::cleanPath(root)).fileName();
        if (package.isEmpty() || package == u".")
            package = u"collection"_s;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        qint64 ms = 0;
        for (const RequestRunResult *result : suite.cases) {
            ms += result->durationMs;
            switch (result->outcome) {
            case Outcome::AssertionFailed:
            case Outcome::ErrorAnswer:
                ++failures;
                break;
            case Outcome::NoAnswer:
            case Outcome::Unresolved:
            case Outcome::Cancelled:
                ++errors;
                break;
            case Outcome::Pending:
                ++skipped;
                break;
            case Outcome::Passed:
                break;
            }
        }
        writer.writeStartElement(u"testsuite"_s);
        writer.writeAttribute(u"name"_s, xmlText(package + u'/' + suite.file));
        writer.writeAttribute(u"package"_s, xmlText(package));
        writer.writeAttribute(u"id"_s, QString::number(id));
        writer.writeAttribute(u"timestamp"_s, timestamp);
        writer.writeAttribute(u"hostname"_s, xmlText(hostname));
        writer.writeAttribute(u"tests"_s, QString::number(suite.cases.size()));
        writer.writeAttribute(u"failures"_s, QString::number(failures));
        writer.writeAttribute(u"errors"_s, QString::number(errors));
        writer.writeAttribute(u"skipped"_s, QString::number(skipped));
        writer.writeAttribute(u"time"_s, seconds(ms));
        writer.writeEmptyElement(u"properties"_s);
        QString notes;
        for (const RequestRunResult *result : suite.cases) {
            writer.writeStartElement(u"testcase"_s);
            QString caseName = result->method + u' ' + result->url;
            if (!result->name.isEmpty())
                caseName = result->name + u": " + caseName;
            writer.writeAttribute(u"name"_s, xmlText(caseName));
            QString classname = suite.file;
            if (classname.endsWith(u".http") || classname.endsWith(u".rest"))
                classname.chop(5);
            writer.writeAttribute(
                u"classname"_s, xmlText(package + u'.' + classname.replace(u'/', u'.')));
            writer.writeAttribute(u"time"_s, seconds(result->durationMs));
            const QStringList problems = result->problems();
            const QString where = suite.file + u':' + QString::number(result->line) + u"  "
                + result->method + u' ' + result->url;
            const auto writeProblem = [&](const QString &element, const QString &type) {
                writer.writeStartElement(element);
                writer.writeAttribute(u"message"_s, xmlText(problems.join(u"; "_s)));
                writer.writeAttribute(u"type"_s, type);
                writer.writeCharacters(xmlText(problems.join(u'\n') + u'\n' + where));
                writer.writeEndElement();
            };
            switch (result->outcome) {
            case Outcome::AssertionFailed:
                writeProblem(u"failure"_s, u"assertion"_s);
                break;
            case Outcome::ErrorAnswer:
                writeProblem(u"failure"_s, u"error-answer"_s);
                break;
            case Outcome::NoAnswer:
                writeProblem(u"error"_s, u"no-answer"_s);
                break;
            case Outcome::Unresolved:
                writeProblem(u"error"_s, u"unresolved-variable"_s);
                break;
            case Outcome::Cancelled:
                writeProblem(u"error"_s, u"cancelled"_s);
                break;
            case Outcome::Pending:
                writer.writeStartElement(u"skipped"_s);
                writer.writeAttribute(u"message"_s,
                    summary.bailed ? tr("not run: the run stopped at the first failure")
                                   : tr("not run: the run was cancelled"));
                writer.writeEndElement();
                break;
            case Outcome::Passed:
                break;
            }
            writer.writeEndElement(); // testcase
            for (const QString &note : result->notes)
                notes += where + u": " + note + u'\n';
        }
        writer.writeTextElement(u"system-out"_s, xmlText(notes));
        writer.writeTextElement(u"system-err"_s, QString());
        writer.writeEndElement(); // testsuite
    }
    writer.writeEndElement(); // testsuites
    writer.writeEndDocument();
    return xml;
}

} // namespace xlink
