#include "CallChecks.h"

#include "RequestCheck.h"
#include "Terminal.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xlink::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xlink::cli::CallChecks", text);
}

QString operationName(const ApiOperation &operation)
{
    return u"%1 %2 (%3)"_s.arg(operation.method, operation.path, operation.operationId);
}

void printProblems(const QList<SchemaProblem> &problems)
{
    for (const SchemaProblem &problem : problems) {
        Terminal::err(QCoreApplication::translate("xlink::cli::CallChecks", "  line %1, %2: %3\n")
                          .arg(problem.line)
                          .arg(problem.path, problem.text()));
    }
}

} // namespace

CallChecks::CallChecks(const ApiRequest &request, std::optional<Environment::LoginKind> login)
    : m_operation(RequestCheck::operationFor(QString::fromLatin1(request.method), request.target))
    , m_request(request)
    , m_login(login)
{ }

bool CallChecks::warnBeforeSending() const
{
    if (!m_operation)
        return false;
    bool warned = false;
    const QList<SchemaProblem> problems = RequestCheck::checkBody(*m_operation, m_request.body);
    if (!problems.isEmpty()) {
        warned = true;
        Terminal::err(tr("Warning: the body does not fit %1 as documented:\n")
                          .arg(operationName(*m_operation)));
        printProblems(problems);
    }
    // A request that brings its own token is the user's business.
    if (!m_request.header("Access-Token").isEmpty())
        return warned;
    const LoginFit fit = RequestCheck::loginFit(*m_operation, Environment::LoginKind::AppUser);
    if (fit.accepted.isEmpty())
        return warned;
    if (!m_login) {
        Terminal::err(tr("Warning: %1 needs %2, and this call logs in as nobody (give --account, "
                         "--access-key-id or an --env with a saved login).\n")
                          .arg(operationName(*m_operation), fit.acceptedText));
        return true;
    }
    if (!RequestCheck::loginFit(*m_operation, *m_login).fits) {
        Terminal::err(tr("Warning: %1 needs %2; this call logs in with %3.\n")
                          .arg(operationName(*m_operation), fit.acceptedText,
                              RequestCheck::schemeTitle(RequestCheck::schemeOf(*m_login))));
        return true;
    }
    return warned;
}

void CallChecks::noteAnswer(const CallRecord &record) const
{
    if (!m_operation || record.kind != CallRecord::Kind::Success)
        return;
    const QList<SchemaProblem> problems
        = RequestCheck::checkResponse(*m_operation, record.httpStatus, record.responseBody);
    if (problems.isEmpty())
        return;
    Terminal::err(tr("Note: the answer does not match the documented response of %1:\n")
                      .arg(operationName(*m_operation)));
    printProblems(problems);
}

} // namespace xlink::cli
