#include "SystemVariables.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

namespace xlink {

namespace {

std::optional<qint64> offsetMilliseconds(const QStringList &args)
{
    if (args.isEmpty())
        return 0;
    if (args.size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 amount = args.at(0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QString &unit = args.at(1);
    qint64 factor = 0;
    if (unit == u"ms")
        factor = 1;
    else if (unit == u"s")
        factor = 1000;
    else if (unit == u"m")
        factor = 60'000;
    else if (unit == u"h")
        factor = 3'600'000;
    else if (unit == u"d")
        factor = 86'400'000;
    else if (unit == u"w")
        factor = 7 * 86'400'000LL;
    else if (unit == u"M")
        factor = 30 * 86'400'000LL;
    else if (unit == u"y")
        factor = 365 * 86'400'000LL;
    else
        return std::nullopt;
    if (amount > 1'000'000 || amount < -1'000'000)
        return std::nullopt;
    return amount * factor;
}

} // namespace

SystemVariables::Result SystemVariables::evaluate(QStringView expression)
{
    const QStringList words = expression.toString().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString &name = words.at(0);
    const QStringList args = words.mid(1);
    if (name == u"$guid" || name == u"$uuid") {
        if (!args.isEmpty())
            return { Outcome::BadArguments, {} };
        return { Outcome::Value, QUuid::createUuid().toString(QUuid::WithoutBraces) };
    }
    if (name == u"$timestamp") {
        const auto offset = offsetMilliseconds(args);
        if (!offset)
            return { Outcome::BadArguments, {} };
        return { Outcome::Value,
            QString::number((QDateTime::currentMSecsSinceEpoch() + *offset) / 1000) };
    }
    if (name == u"$randomInt") {
        if (args.size() != 2)
            return { Outcome::BadArguments, {} };
        bool okMin = false;
        bool okMax = false;
        const qint64 min = args.at(0).toLongLong(&okMin);
        const qint64 max = args.at(1).toLongLong(&okMax);
        if (!okMin || !okMax || max <= min)
            return { Outcome::BadArguments, {} };
        return { Outcome::Value, QString::number(QRandomGenerator::global()->bounded(min, max)) };
    }
    if (name == u"$datetime") {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (args == QStringList { QStringLiteral("iso8601") })
            return { Outcome::Value, now.toString(Qt::ISODateWithMs) };
        if (args == QStringList { QStringLiteral("rfc1123") })
            return { Outcome::Value,
                QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")) };
        return { Outcome::BadArguments, {} };
    }
    return {};
}

} // namespace xlink
