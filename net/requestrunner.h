#pragma once

#include "core/result.h"
#include "net/httprequestspec.h"
#include "net/httpresponse.h"

#include <QCoroTask>

#include <functional>

namespace vitrine {

// What a dialect's operation coroutine sends its requests through. run() goes through the
// store's pipeline (auth, throttle, retries, timeout) and comes back with the answer when it is a
// 2xx; any other answer arrives already mapped to a StoreError by the dialect's parseError(), with
// httpStatus, retryable and retryAfterMs filled in; a 404 to a request that names nothing
// (HttpRequestSpec::notFoundMeansWrongAddress) is StoreError::Subject::Address. A copyable value:
// pass it by value into coroutines.
class RequestRunner {
public:
    using SendFunction = std::function<QCoro::Task<Result<HttpResponse>>(HttpRequestSpec)>;

    RequestRunner() = default;
    explicit RequestRunner(SendFunction send)
        : m_send(std::move(send)) {}

    QCoro::Task<Result<HttpResponse>> run(HttpRequestSpec spec) const;
    bool isValid() const { return static_cast<bool>(m_send); }

private:
    SendFunction m_send;
};

} // namespace vitrine
