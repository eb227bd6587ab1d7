#include "EnvironmentValidator.h"

#include "call/EnvironmentNames.h"

#include <QRegularExpression>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace xlink {

EnvironmentValidator::Problem EnvironmentValidator::check(
    const Environment &environment, const QList<Environment> &others)
{
    const QString name = environment.name.trimmed();
    if (name.isEmpty())
        return { Field::Name, tr("Give the environment a name.") };
    for (const Environment &other : others) {
        if (other.id != environment.id && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return { Field::Name,
                tr("Another environment is already called “%1”: choose another name.")
                    .arg(other.name) };
    }
    // Also in the other language: records store a built-in under its untranslated name and
    // show it translated, so the two environments would be mixed in the failure log.
    if (!environment.builtIn && !EnvironmentNames::builtInIdOf(name).isEmpty())
        return { Field::Name,
            tr("“%1” is the name of a built-in environment in another language: choose another "
               "name.")
                .arg(name) };
    // The sandbox's URL is only known once it listens; built-ins keep theirs anyway.
    if (!environment.builtIn) {
        const QUrl &url = environment.baseUrl;
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            return { Field::BaseUrl,
                tr("The base URL must start with http:// or https:// and name a host, e.g. "
                   "https://api2.xlink.cn.") };
        if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
            return { Field::BaseUrl,
                tr("The base URL cannot carry a query, a fragment or a user name: give only "
                   "the scheme, host, port and path prefix.") };
    }
    if (environment.loginKind == Environment::LoginKind::AppUser
        && !environment.corpId.trimmed().isEmpty()) {
        static const QRegularExpression corpId(u"^[0-9A-Fa-f]{16}$"_s);
        if (!corpId.match(environment.corpId.trimmed()).hasMatch())
            return { Field::CorpId,
                tr("An enterprise ID (corp_id) is 16 hexadecimal characters, e.g. "
                   "5a1f0c0de0000001.") };
    }
    if (environment.timeoutMs != 0 && environment.timeoutMs < 1000)
        return { Field::Timeout, tr("The timeout must be at least one second.") };
    for (const QByteArray &pem : environment.trustedCertificatesPem) {
        if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            return { Field::Certificates,
                tr("The pinned certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----)"
                   ".") };
    }
    return {};
}

std::optional<QList<QByteArray>> EnvironmentValidator::parseCertificates(const QString &pem)
{
    const QByteArray text = pem.trimmed().toUtf8();
    if (text.isEmpty())
        return QList<QByteArray> {};
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(text, QSsl::Pem);
    // fromData skips what it cannot read: every BEGIN marker must have given a certificate.
    if (certificates.isEmpty() || certificates.size() != text.count("-----BEGIN CERTIFICATE-----")
        || text.count("-----BEGIN") != text.count("-----BEGIN CERTIFICATE-----"))
        return std::nullopt;
    QList<QByteArray> result;
    for (const QSslCertificate &certificate : certificates)
        result.append(certificate.toPem());
    return result;
}

} // namespace xlink
