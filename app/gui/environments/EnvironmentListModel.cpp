#include "EnvironmentListModel.h"

#include "EnvironmentStore.h"
#include "EnvironmentValidator.h"
#include "SecretStore.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace xlink {

EnvironmentListModel::EnvironmentListModel(
    EnvironmentStore *store, SecretStore *secrets, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    m_rows = m_store->environments();
    connect(m_store, &EnvironmentStore::environmentAdded, this, &EnvironmentListModel::reload);
    connect(m_store, &EnvironmentStore::environmentRemoved, this, &EnvironmentListModel::reload);
    connect(m_store, &EnvironmentStore::environmentChanged, this, &EnvironmentListModel::reload);
}

EnvironmentListModel::~EnvironmentListModel() = default;

void EnvironmentListModel::reload()
{
    beginResetModel();
    m_rows = m_store->environments();
    endResetModel();
}

int EnvironmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EnvironmentListModel::data(const QModelIndex &index, int role) const
{
    // Views and delegates may ask about an invalid index (the answer is nothing); checkIndex
    // would log a warning for it.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Environment &environment = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        // Built-in names are looked up at display time so they follow the interface language.
        return environment.builtIn ? EnvironmentStore::builtInName(environment.id)
                                   : environment.name;
    case Qt::ToolTipRole:
        return environment.baseUrl.isEmpty() ? tr("Starts the local sandbox on this computer.")
                                             : environment.baseUrl.toDisplayString();
    case Qt::FontRole:
        if (environment.builtIn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return environment.id;
    case BuiltInRole:
        return environment.builtIn;
    default:
        return {};
    }
}

void EnvironmentListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
            { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole });
}

Environment EnvironmentListModel::environment(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Environment();
}

int EnvironmentListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QString EnvironmentListModel::save(
    Environment environment, const std::optional<QString> &secret, QString *error, int *errorField)
{
    const std::optional<Environment> before = m_store->find(environment.id);
    environment.builtIn = before && before->builtIn;
    if (environment.builtIn) {
        environment.name = before->name;
        environment.baseUrl = before->baseUrl;
    }
    environment.name = environment.name.trimmed();
    environment.account = environment.account.trimmed();
    environment.corpId = environment.corpId.trimmed();
    const EnvironmentValidator::Problem problem
        = EnvironmentValidator::check(environment, m_store->environments());
    if (!problem.isOk()) {
        if (error)
            *error = problem.message;
        if (errorField)
            *errorField = int(problem.field);
        return {};
    }
    QString id = environment.id;
    if (before) {
        m_store->update(environment);
    } else {
        id = m_store->add(environment);
        environment.id = id;
    }
    // A changed login kind needs another secret: the old one is of no use any more.
    if (before && before->loginSecret() != environment.loginSecret())
        m_secrets->remove(before->secretKey(before->loginSecret()));
    if (secret) {
        const QString key = environment.secretKey(environment.loginSecret());
        if (secret->isEmpty())
            m_secrets->remove(key);
        else
            m_secrets->write(key, *secret);
    }
    return id;
}

QString EnvironmentListModel::addNew()
{
    Environment environment;
    environment.name = tr("New environment");
    environment.baseUrl = QUrl(u"https://api2.xlink.cn"_s);
    return m_store->add(environment);
}

QString EnvironmentListModel::duplicate(const QString &id)
{
    return m_store->duplicate(id);
}

bool EnvironmentListModel::remove(const QString &id)
{
    const std::optional<Environment> environment = m_store->find(id);
    if (!environment || environment->builtIn || !m_store->remove(id))
        return false;
    forgetSecrets(*environment);
    return true;
}

void EnvironmentListModel::forgetSecrets(const Environment &environment)
{
    for (const Environment::Secret secret : { Environment::Secret::Password,
             Environment::Secret::AccessKeySecret, Environment::Secret::AccessToken,
             Environment::Secret::RefreshToken, Environment::Secret::Session })
        m_secrets->remove(environment.secretKey(secret));
}

void EnvironmentListModel::readSecret(const Environment &environment, QObject *context,
    std::function<void(const std::optional<QString> &)> done) const
{
    m_secrets->read(environment.secretKey(environment.loginSecret()), context, std::move(done));
}

} // namespace xlink
