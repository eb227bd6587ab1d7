#include "Assertion.h"

namespace xlink {

namespace {

struct PredicateId
{
    QStringView id;
    Assertion::Predicate predicate;
};

// httpyac's predicates in the order its pattern tries them (so "<=" is tried after "<" but
// "===" is read as "==" followed by "="); those outside the subset map to Other.
constexpr PredicateId predicateIds[] = {
    { u"endsWith", Assertion::Predicate::Other },
    { u"==", Assertion::Predicate::Equal },
    { u"===", Assertion::Predicate::Equal },
    { u"equals", Assertion::Predicate::Equal },
    { u"exists", Assertion::Predicate::Exists },
    { u"isTrue", Assertion::Predicate::Exists },
    { u">=", Assertion::Predicate::GreaterOrEqual },
    { u">", Assertion::Predicate::Greater },
    { u"contains", Assertion::Predicate::Includes },
    { u"includes", Assertion::Predicate::Includes },
    { u"isArray", Assertion::Predicate::Other },
    { u"isBoolean", Assertion::Predicate::Other },
    { u"isFalse", Assertion::Predicate::Other },
    { u"isNumber", Assertion::Predicate::Other },
    { u"isString", Assertion::Predicate::Other },
    { u"<=", Assertion::Predicate::LessOrEqual },
    { u"<", Assertion::Predicate::Less },
    { u"matches", Assertion::Predicate::Other },
    { u"md5", Assertion::Predicate::Other },
    { u"!=", Assertion::Predicate::NotEqual },
    { u"!==", Assertion::Predicate::NotEqual },
    { u"not equals", Assertion::Predicate::NotEqual },
    { u"sha256", Assertion::Predicate::Other },
    { u"sha512", Assertion::Predicate::Other },
    { u"startsWith", Assertion::Predicate::StartsWith },
};

const PredicateId *predicateAt(QStringView text)
{
    for (const PredicateId &p : predicateIds) {
        if (text.startsWith(p.id, Qt::CaseInsensitive))
            return &p;
    }
    return nullptr;
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

// A path httpyac can evaluate as JavaScript member accesses: unquoted keys are identifiers
// (`a-b` would be a subtraction there), anything else in brackets.
bool isJavaScriptPath(QStringView path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'[') {
            QChar quote;
            for (++i; i < path.size(); ++i) {
                if (!quote.isNull()) {
                    if (path.at(i) == u'\\')
                        ++i;
                    else if (path.at(i) == quote)
                        quote = QChar();
                } else if (path.at(i) == u'\'' || path.at(i) == u'"') {
                    quote = path.at(i);
                } else if (path.at(i) == u']') {
                    break;
                }
            }
        } else if (!(c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'.')) {
            return false;
        }
    }
    return true;
}

} // namespace

Assertion Assertion::parse(const AssertionLine &line)
{
    Assertion a;
    a.text = line.text;
    a.line = line.line;
    QStringView rest = QStringView(line.text).trimmed();
    if (!rest.startsWith(u"??")) {
        a.unsupportedReason = tr("not an assertion (it does not start with “??”)");
        return a;
    }
    rest = rest.mid(2).trimmed();
    qsizetype typeEnd = 0;
    while (typeEnd < rest.size() && !rest.at(typeEnd).isSpace())
        ++typeEnd;
    a.field = rest.left(typeEnd).toString();
    // The predicate is the last one preceded by a space (httpyac's pattern takes the longest
    // target it can).
    const PredicateId *found = nullptr;
    qsizetype at = -1;
    for (qsizetype i = rest.size() - 1; i > typeEnd; --i) {
        if (!rest.at(i - 1).isSpace())
            continue;
        if (const PredicateId *p = predicateAt(rest.mid(i))) {
            found = p;
            at = i;
            break;
        }
    }
    if (!found || a.field.isEmpty()) {
        a.unsupportedReason
            = tr("no condition (==, !=, <, <=, >, >=, includes, startsWith, exists)");
        return a;
    }
    a.target = rest.mid(typeEnd, at - typeEnd).trimmed().toString();
    a.predicateText = found->id.toString();
    a.predicate = found->predicate;
    a.expected = rest.mid(at + found->id.size()).trimmed().toString();
    if (a.predicate == Predicate::Other) {
        a.unsupportedReason = tr("the condition “%1” is not supported").arg(a.predicateText);
        return a;
    }
    const auto needsNoTarget = [&](Subject subject) {
        if (!a.target.isEmpty()) {
            a.unsupportedReason = tr("“%1” takes no field name").arg(a.field);
            return;
        }
        a.subject = subject;
    };
    if (a.field == u"status") {
        needsNoTarget(Subject::Status);
    } else if (a.field == u"duration") {
        needsNoTarget(Subject::Duration);
    } else if (a.field == u"header") {
        if (a.target.isEmpty())
            a.unsupportedReason = tr("a header assertion names the header");
        else
            a.subject = Subject::Header;
    } else if (a.field == u"body") {
        if (a.target.isEmpty()) {
            a.subject = Subject::Body;
        } else {
            const auto path = JsonPath::parse(a.target);
            if (!path || a.target.startsWith(u'$') || !isJavaScriptPath(a.target)
                || !isIdentifierStart(a.target.front())) {
                a.unsupportedReason
                    = tr("“%1” is not a path into the body (name.name[0])").arg(a.target);
            } else {
                a.subject = Subject::Body;
                a.path = *path;
            }
        }
    } else if (a.field == u"js") {
        static const QString prefix = QStringLiteral("response.parsedBody");
        const auto path = a.target.startsWith(prefix)
            ? JsonPath::parse(QStringView(a.target).mid(prefix.size()))
            : std::nullopt;
        if (!path || !isJavaScriptPath(a.target)
            || (!a.target.mid(prefix.size()).isEmpty()
                && !a.target.mid(prefix.size()).startsWith(u'.')
                && !a.target.mid(prefix.size()).startsWith(u'['))) {
            a.unsupportedReason = tr("only a path after response.parsedBody is supported in js "
                                     "assertions, not “%1”")
                                      .arg(a.target);
        } else {
            a.subject = Subject::Js;
            a.path = *path;
        }
    } else {
        a.unsupportedReason = tr("“%1” assertions are not supported (status, header, body, "
                                 "duration, js)")
                                  .arg(a.field);
    }
    if (a.subject == Subject::Js && !a.expected.isEmpty()) {
        // Compared to a number, a string, true/false or null only.
        const QString &e = a.expected;
        if (e.startsWith(u'{') || e.startsWith(u'[')) {
            a.subject = Subject::Unsupported;
            a.unsupportedReason = tr("js assertions compare with a number, a string, true, "
                                     "false or null");
        }
    }
    return a;
}

} // namespace xlink
