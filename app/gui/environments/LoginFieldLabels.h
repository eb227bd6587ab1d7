#pragma once

#include "Environment.h"

#include <QCoreApplication>
#include <QString>

namespace xlink {

// The labels of the account and secret fields for each login kind, shared by the console's
// login form and the environments editor so both name the fields alike.
class LoginFieldLabels final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::LoginFieldLabels)

public:
    static QString account(Environment::LoginKind kind);
    static QString secret(Environment::LoginKind kind);
};

} // namespace xlink
