#include "LoginFields.h"

#include "LoginFieldLabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace xlink {

LoginFields::LoginFields(QWidget *parent)
    : m_corpIdLabel(new QLabel(parent))
    , m_corpId(new QLineEdit(parent))
    , m_accountLabel(new QLabel(parent))
    , m_account(new QLineEdit(parent))
    , m_secretLabel(new QLabel(parent))
    , m_secret(new QLineEdit(parent))
{
    m_corpId->setObjectName(u"corpId"_s);
    m_account->setObjectName(u"account"_s);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_corpIdLabel->setBuddy(m_corpId);
    m_accountLabel->setBuddy(m_account);
    m_secretLabel->setBuddy(m_secret);
}

void LoginFields::addRowsTo(QFormLayout *form) const
{
    form->addRow(m_corpIdLabel, m_corpId);
    form->addRow(m_accountLabel, m_account);
    form->addRow(m_secretLabel, m_secret);
}

void LoginFields::showKind(Environment::LoginKind kind) const
{
    const bool appUser = kind == Environment::LoginKind::AppUser;
    m_accountLabel->setText(LoginFieldLabels::account(kind));
    m_secretLabel->setText(LoginFieldLabels::secret(kind));
    m_corpIdLabel->setVisible(appUser);
    m_corpId->setVisible(appUser);
}

void LoginFields::retranslate() const
{
    m_corpIdLabel->setText(tr("&Enterprise ID:"));
    m_corpId->setPlaceholderText(tr("corp_id, 16 hexadecimal characters"));
}

} // namespace xlink
