#pragma once

#include "Environment.h"

#include <QCoreApplication>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace xlink {

// The login's fields with their labels, the same in the console's environment bar and the
// environments editor: the enterprise id (app users only), the account and the secret (never
// shown). The widgets belong to `parent`; this only creates, lays out and labels them.
class LoginFields final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::LoginFields)

public:
    explicit LoginFields(QWidget *parent);

    void addRowsTo(QFormLayout *form) const;
    // Labels and visibility for a login kind (LoginFieldLabels' words).
    void showKind(Environment::LoginKind kind) const;
    // The words that do not depend on the kind, in the current language.
    void retranslate() const;

    QLineEdit *corpId() const { return m_corpId; }
    QLineEdit *account() const { return m_account; }
    QLineEdit *secret() const { return m_secret; }

private:
    QLabel *m_corpIdLabel;
    QLineEdit *m_corpId;
    QLabel *m_accountLabel;
    QLineEdit *m_account;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
};

} // namespace xlink
