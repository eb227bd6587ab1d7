#include "fault/FaultSpec.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace xlink::sandbox {

bool FaultSpec::isEmpty() const
{
    return delayMs == 0 && !serviceUnavailable && !drop && !malformed && !html && hugeBytes == 0
        && !codeAsNumber && !englishMessage;
}

std::optional<FaultSpec> FaultSpec::parse(const QString &spec, QString *error)
{
    FaultSpec result;
    const auto fail = [error](const QString &why) -> std::optional<FaultSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf(u'=');
        const QString name = (equals < 0 ? item : item.left(equals)).trimmed().toLower();
        const QString value = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        bool ok = false;
        if (name == u"delay") {
            const int ms = value.toInt(&ok);
            if (!ok || ms < 0 || ms > maxDelayMs)
                return fail(QCoreApplication::translate("xlink::sandbox::FaultSpec",
                    "delay needs a number of milliseconds between 0 and %1, not '%2'")
                                .arg(maxDelayMs)
                                .arg(value));
            result.delayMs = ms;
        } else if (name == u"status") {
            if (value != u"503")
                return fail(QCoreApplication::translate(
                    "xlink::sandbox::FaultSpec", "status supports only 503, not '%1'")
                                .arg(value));
            result.serviceUnavailable = true;
        } else if (name == u"huge") {
            const qint64 bytes = value.toLongLong(&ok);
            if (!ok || bytes <= 0 || bytes > maxHugeBytes)
                return fail(QCoreApplication::translate("xlink::sandbox::FaultSpec",
                    "huge needs a size in bytes between 1 and %1, not '%2'")
                                .arg(maxHugeBytes)
                                .arg(value));
            result.hugeBytes = bytes;
        } else if (equals >= 0) {
            return fail(QCoreApplication::translate(
                "xlink::sandbox::FaultSpec", "the fault '%1' takes no value")
                            .arg(name));
        } else if (name == u"drop") {
            result.drop = true;
        } else if (name == u"malformed") {
            result.malformed = true;
        } else if (name == u"html") {
            result.html = true;
        } else if (name == u"code-as-number") {
            result.codeAsNumber = true;
        } else if (name == u"english-msg") {
            result.englishMessage = true;
        } else {
            return fail(QCoreApplication::translate("xlink::sandbox::FaultSpec",
                "unknown fault '%1' (known: delay=MS, status=503, drop, malformed, "
                "html, huge=BYTES, code-as-number, english-msg)")
                            .arg(name));
        }
    }
    return result;
}

FaultSpec FaultSpec::combinedWith(const FaultSpec &other) const
{
    FaultSpec result = *this;
    result.delayMs = std::max(delayMs, other.delayMs);
    result.serviceUnavailable = serviceUnavailable || other.serviceUnavailable;
    result.drop = drop || other.drop;
    result.malformed = malformed || other.malformed;
    result.html = html || other.html;
    result.hugeBytes = std::max(hugeBytes, other.hugeBytes);
    result.codeAsNumber = codeAsNumber || other.codeAsNumber;
    result.englishMessage = englishMessage || other.englishMessage;
    return result;
}

} // namespace xlink::sandbox
