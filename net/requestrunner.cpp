#include "net/requestrunner.h"

#include <QCoreApplication>

namespace vitrine {

QCoro::Task<Result<HttpResponse>> RequestRunner::run(HttpRequestSpec spec) const {
    if (!m_send)
        co_return StoreError::make(
            StoreError::Code::Cancelled,
            QCoreApplication::translate("RequestRunner", "the store connection is closed"));
    // Copy the function into the frame: the runner itself may be a temporary of the caller.
    const SendFunction send = m_send;
    const bool listing = spec.notFoundMeansWrongAddress;
    Result<HttpResponse> response = co_await send(std::move(spec));
    if (!response && listing && response.error().code == StoreError::Code::NotFound) {
        StoreError e = response.error();
        e.subject = StoreError::Subject::Address;
        co_return e;
    }
    co_return response;
}

} // namespace vitrine
