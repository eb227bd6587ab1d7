#pragma once

#include "ApiRequest.h"
#include "Environment.h"
#include "call/CallRecord.h"

#include <optional>

namespace xlink {
struct ApiOperation;
}

namespace xlink::cli {

// What `xlink-cli call` says on stderr about a documented call, from RequestCheck: before
// sending, a body that does not fit the call's schema and a login that cannot make it; after,
// a success answer that does not match the documented response.
class CallChecks final
{
public:
    // `request` is what will be sent; `login` the kind the call logs in as, if any.
    CallChecks(const ApiRequest &request, std::optional<Environment::LoginKind> login);

    // Prints the warnings; true when there were any (`--strict` then sends nothing).
    bool warnBeforeSending() const;
    // Prints a note when a success answer does not match the documented response.
    void noteAnswer(const CallRecord &record) const;

private:
    const ApiOperation *m_operation = nullptr;
    ApiRequest m_request;
    std::optional<Environment::LoginKind> m_login;
};

} // namespace xlink::cli
