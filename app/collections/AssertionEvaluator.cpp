#include "AssertionEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace xlink {

namespace {

using Value = std::optional<QJsonValue>; // nullopt: JavaScript's undefined

// JavaScript's truthiness.
bool truthy(const Value &v)
{
    if (!v)
        return false;
    switch (v->type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return v->toBool();
    case QJsonValue::Double:
        return v->toDouble() != 0 && !std::isnan(v->toDouble());
    case QJsonValue::String:
        return !v->toString().isEmpty();
    default:
        return true;
    }
}

// httpyac's toNumber: a number, or the number a string starts with.
std::optional<double> toNumber(const Value &v)
{
    if (!v)
        return std::nullopt;
    if (v->isDouble())
        return v->toDouble();
    if (v->isString()) {
        const QString s = v->toString().trimmed();
        qsizetype end = 0;
        while (end < s.size()
            && (s.at(end).isDigit() || s.at(end) == u'.' || s.at(end) == u'e' || s.at(end) == u'E'
                || ((s.at(end) == u'-' || s.at(end) == u'+')
                    && (end == 0 || s.at(end - 1) == u'e' || s.at(end - 1) == u'E'))))
            ++end;
        while (end > 0) {
            bool ok = false;
            const double d = s.left(end).toDouble(&ok);
            if (ok)
                return d;
            --end;
        }
    }
    return std::nullopt;
}

QString describe(const Value &v)
{
    if (!v)
        return AssertionEvaluator::tr("missing");
    if (v->isString())
        return u'"' + v->toString() + u'"';
    return JsonPath::toText(*v);
}

// The expected text as httpyac converts it: to the type of the actual value.
Value convert(const Value &actual, const QString &expected)
{
    if (!actual)
        return expected == u"undefined" ? Value() : Value(expected);
    switch (actual->type()) {
    case QJsonValue::Double: {
        const auto n = toNumber(QJsonValue(expected));
        return n ? Value(*n) : Value();
    }
    case QJsonValue::Bool: {
        const QString t = expected.trimmed();
        if (t.compare(u"true", Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (t.compare(u"false", Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        return QJsonValue(!t.isEmpty());
    }
    case QJsonValue::Null:
        return expected == u"null" ? Value(QJsonValue(QJsonValue::Null)) : Value(expected);
    case QJsonValue::Object:
    case QJsonValue::Array: {
        const QJsonDocument d = QJsonDocument::fromJson(expected.toUtf8());
        if (d.isObject())
            return QJsonValue(d.object());
        if (d.isArray())
            return QJsonValue(d.array());
        return Value(expected);
    }
    default:
        return Value(expected);
    }
}

bool equal(const Value &a, const Value &b)
{
    if (!a || !b)
        return !a && !b;
    if (a->isDouble() && b->isDouble())
        return a->toDouble() == b->toDouble();
    return *a == *b;
}

} // namespace

AssertionEvaluator::Result AssertionEvaluator::evaluate(
    const Assertion &assertion, const StoredResponse &response)
{
    return evaluate(assertion, response, assertion.expected);
}

AssertionEvaluator::Result AssertionEvaluator::evaluate(
    const Assertion &assertion, const StoredResponse &response, const QString &expectedText)
{
    Result result;
    result.subject
        = assertion.target.isEmpty() ? assertion.field : assertion.field + u' ' + assertion.target;
    if (!assertion.isSupported()) {
        result.outcome = Result::Outcome::Unsupported;
        result.message = tr("%1: not supported: %2")
                             .arg(assertion.text.trimmed(), assertion.unsupportedReason);
        return result;
    }

    Value actual;
    switch (assertion.subject) {
    case Assertion::Subject::Status:
        actual = QJsonValue(response.status);
        break;
    case Assertion::Subject::Duration:
        actual = QJsonValue(double(response.durationMs));
        break;
    case Assertion::Subject::Header: {
        const QByteArray value = response.header(assertion.target.toUtf8());
        if (!value.isNull())
            actual = QJsonValue(QString::fromUtf8(value));
        break;
    }
    case Assertion::Subject::Body:
        if (assertion.path.isEmpty()) {
            actual = QJsonValue(QString::fromUtf8(response.body));
            break;
        }
        [[fallthrough]];
    case Assertion::Subject::Js:
        if (response.json())
            actual = JsonPath::evaluate(*response.json(), assertion.path);
        break;
    case Assertion::Subject::Unsupported:
        break;
    }

    const Value expected = convert(actual, expectedText);
    bool passed = false;
    switch (assertion.predicate) {
    case Assertion::Predicate::Equal:
        passed = equal(actual, expected);
        break;
    case Assertion::Predicate::NotEqual:
        passed = !equal(actual, expected);
        break;
    case Assertion::Predicate::Less:
    case Assertion::Predicate::LessOrEqual:
    case Assertion::Predicate::Greater:
    case Assertion::Predicate::GreaterOrEqual: {
        const auto a = toNumber(actual);
        const auto e = toNumber(expected);
        if (a && e) {
            switch (assertion.predicate) {
            case Assertion::Predicate::Less:
                passed = *a < *e;
                break;
            case Assertion::Predicate::LessOrEqual:
                passed = *a <= *e;
                break;
            case Assertion::Predicate::Greater:
                passed = *a > *e;
                break;
            default:
                passed = *a >= *e;
                break;
            }
        }
        break;
    }
    case Assertion::Predicate::Includes:
        if (actual && actual->isArray()) {
            for (const QJsonValue &item : actual->toArray()) {
                if (equal(item, convert(item, expectedText)))
                    passed = true;
            }
        } else if (actual && !actual->isObject() && !expectedText.isEmpty()) {
            passed = JsonPath::toText(*actual).contains(expectedText);
        }
        break;
    case Assertion::Predicate::StartsWith:
        passed = actual && !actual->isObject() && !actual->isArray() && !expectedText.isEmpty()
            && JsonPath::toText(*actual).startsWith(expectedText);
        break;
    case Assertion::Predicate::Exists:
        passed = truthy(actual);
        break;
    case Assertion::Predicate::Other:
        break;
    }

    result.outcome = passed ? Result::Outcome::Passed : Result::Outcome::Failed;
    if (assertion.predicate == Assertion::Predicate::Exists)
        result.expected = tr("to exist (not missing, empty, 0, false or null)");
    else
        result.expected = assertion.predicateText + u' ' + expectedText;
    result.actual = describe(actual);
    result.message = passed
        ? tr("%1: %2 as expected").arg(result.subject, result.expected)
        : tr("%1: expected %2, got %3").arg(result.subject, result.expected, result.actual);
    return result;
}

} // namespace xlink
