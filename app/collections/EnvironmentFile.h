#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace xlink {

// A collection's environments, as the REST Client's settings and JetBrains' HTTP Client keep
// them beside the files: http-client.env.json, `{"$shared": {...}, "dev": {...}, ...}`, and
// http-client.private.env.json in the same shape for values not to commit (git-ignored).
// Within one environment: the private file before the public one, the environment's own
// values before `$shared`.
class EnvironmentFile final
{
    Q_DECLARE_TR_FUNCTIONS(xlink::EnvironmentFile)

public:
    static constexpr auto fileName = "http-client.env.json";
    static constexpr auto privateFileName = "http-client.private.env.json";
    static constexpr auto sharedName = "$shared";

    // Reads the files in `folder` (missing files are empty). False with `error` ("FILE: why")
    // when one exists and is not a JSON object of objects.
    bool load(const QString &folder, QString *error);
    // From JSON already read (tests, Postman import).
    static bool fromJson(const QByteArray &json, QJsonObject *out, QString *error);
    void setPublic(const QJsonObject &environments) { m_public = environments; }
    void setPrivate(const QJsonObject &environments) { m_private = environments; }

    // The environments' names, `$shared` left out, sorted.
    QStringList environmentNames() const;
    // The values for `environment` (may be empty: `$shared` only), merged in the order above.
    QHash<QString, QString> variables(const QString &environment) const;
    const QJsonObject &publicEnvironments() const { return m_public; }
    // Whether the value of `name` in `environment` comes from the private file (a secret).
    bool isPrivate(const QString &environment, const QString &name) const;

private:
    QJsonObject m_public;
    QJsonObject m_private;
};

} // namespace xlink
