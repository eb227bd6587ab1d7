#pragma once

#include "HttpRegion.h"
#include "JsonPath.h"

#include <QCoreApplication>
#include <QString>

namespace xlink {

// One httpyac `?? ` line in the subset this console evaluates the way httpyac does:
//   ?? status == 200                       (==, !=, <, <=, >, >=)
//   ?? header content-type includes json   (includes/contains, startsWith, ==, !=, exists)
//   ?? body id exists                      a path into the parsed body, as httpyac's
//   ?? body list[0].name == lamp           `(response.parsedBody || response.body).PATH`
//   ?? body == text                        the body as text
//   ?? duration < 500                      milliseconds
//   ?? js response.parsedBody.error.code == 4041008
//                                          only a path after response.parsedBody, compared with
//                                          a number, string, true/false or null
// Anything else (another field, another predicate, a JavaScript expression) is Unsupported:
// the evaluator reports it as such, it never passes. As in httpyac, `exists` means "truthy"
// (0, "", false and null do not exist) and the expected text is converted to the type of the
// actual value before comparing (200 == "200" for a status).
struct Assertion
{
    Q_DECLARE_TR_FUNCTIONS(xlink::Assertion)

public:
    enum class Subject { Status, Header, Body, Duration, Js, Unsupported };
    enum class Predicate {
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Includes,
        StartsWith,
        Exists,
        Other
    };

    Subject subject = Subject::Unsupported;
    Predicate predicate = Predicate::Other;
    QString field; // the word after ??: status, header, body, duration, js...
    QString target; // header name, body path, js expression as written
    QList<JsonPath::Segment> path; // body and js
    QString predicateText; // as written: "==", "includes", "exists"...
    QString expected; // as written (may hold {{variables}})
    QString text; // the whole line
    int line = 0;
    QString unsupportedReason; // set when subject is Unsupported, in the user's language

    static Assertion parse(const AssertionLine &line);
    static Assertion parse(const QString &text) { return parse(AssertionLine { text, 0 }); }
    bool isSupported() const { return subject != Subject::Unsupported; }
};

} // namespace xlink
