#pragma once

#include "Environment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xlink {

// Whether an environment the user edited can be saved, and if not, a sentence that says what to
// fix. Shared by the environments editor and anything else that creates environments, so the
// rules (unique name, absolute http(s) URL, well-formed ids and certificates) live in one place.
class EnvironmentValidator final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::EnvironmentValidator)

public:
    enum class Field { None, Name, BaseUrl, CorpId, Account, Timeout, Certificates };

    struct Problem
    {
        Field field = Field::None;
        QString message; // empty when the environment is fine
        bool isOk() const { return field == Field::None; }
    };

    // `others` are the environments already there (the edited one may be among them, matched by
    // id, and is skipped when checking the name).
    static Problem check(const Environment &environment, const QList<Environment> &others);

    // Reads pasted PEM text (any number of certificates); nullopt when any block is not one.
    static std::optional<QList<QByteArray>> parseCertificates(const QString &pem);
};

} // namespace xlink
