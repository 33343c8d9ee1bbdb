#pragma once

#include "core/result.h"
#include "core/storecapabilities.h"
#include "net/backoff.h"
#include "net/httprequestspec.h"
#include "net/httpresponse.h"
#include "net/throttle.h"

#include <QByteArray>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace vitrine {

struct PipelineOptions {
    int timeoutMs = 30000; // transfer (inactivity) timeout of each attempt
    int maxRetries = 4;    // retries after the first attempt
    // A request failing with a server error, a timeout or a lost connection is not tried again
    // once this long has passed since its first attempt started (waits included): a store that
    // is down costs about this much per request, whatever maxRetries and Retry-After say.
    int maxRetryWindowMs = 30000;
    RateLimit rateLimit; // {0, 1}: no known limit
    int baseBackoffMs = 500;
    int maxBackoffMs = 30000;
    // A Retry-After longer than this is not waited for: the request fails with retryAfterMs set.
    int maxRetryAfterMs = 120000;
    qint64 maxBodyBytes = qint64(16) * 1024 * 1024; // larger answers are Code::BadResponse
    Backoff::RandomSource random;                   // jitter; default: QRandomGenerator::global()
    QList<QSslCertificate> extraCaCertificates;     // e.g. a test CA; never a way to skip checks
};

// The one way HTTP leaves Vitrine for a store. For every request it:
//  - refuses plain http to anything but loopback (Code::InvalidInput);
//  - waits for the per-store throttle (Throttle), reporting waits through throttled();
//  - adds the auth header only when the URL's origin (scheme, host, port) is the API's, and then
//    forbids redirects to other origins (SameOriginRedirectPolicy: Qt's default policy would
//    carry the header to another host);
//  - sets a transfer timeout, caps the body it reads, never ignores TLS errors (they are logged);
//  - retries GET/PUT/DELETE on 429, 5xx, timeouts and connection errors with exponential
//    backoff and jitter, honouring Retry-After, at most maxRetries times, and on 5xx, timeouts
//    and connection errors only within maxRetryWindowMs of the first attempt (a store that is
//    down costs at most ~30 s and 1 + maxRetries requests per request; callers stop at the first
//    request that gives up so: the publisher does); POST is retried only when the store provably
//    did not act on it (429, connection refused, host not found), and a POST whose outcome is
//    unknown (timeout, connection dropped) fails with a message saying so;
//  - after a 429, slows every request of the store down and brings the speed back as soon as the
//    store accepts requests again (Throttle), so a few refusals cost seconds, not the rest of
//    the batch at a crawl, and never set off a storm of 429s;
//  - logs method, URL, status and duration to vitrine.net (never headers or the token).
// One long-lived QNetworkAccessManager; replies are aborted and deleteLater()'d, never deleted.
class RequestPipeline : public QObject {
    Q_OBJECT
public:
    // apiBase: the profile's base URL plus the dialect's prefix ("http://127.0.0.1:8080/api/v1").
    explicit RequestPipeline(QUrl apiBase, PipelineOptions options = {}, QObject *parent = nullptr);
    ~RequestPipeline() override;

    QUrl apiBase() const { return m_apiBase; }
    const PipelineOptions &options() const { return m_options; }

    // The header that authenticates API requests. The value is kept in memory only and never
    // logged. An empty value sends no header.
    void setAuthorization(QByteArray headerName, QByteArray headerValue);
    // Content-Type of request bodies (default application/json).
    void setContentType(QByteArray contentType);
    void setRateLimit(RateLimit limit);

    // Sends one request, retrying as described above. Any HTTP answer comes back as an
    // HttpResponse (2xx or not: the dialect turns error answers into StoreErrors); failures with
    // no usable answer come back as a StoreError (Network, Timeout, Cancelled, InvalidInput,
    // BadResponse).
    QCoro::Task<Result<HttpResponse>> send(HttpRequestSpec spec);

    // Aborts everything in flight and every wait; those sends end with Code::Cancelled.
    // Requests sent afterwards go through normally.
    void cancelAll();
    int requestsInFlight() const { return m_inFlight; }

    // The absolute URL a spec goes to.
    QUrl urlFor(const HttpRequestSpec &spec) const;
    // scheme, host and port equal (default ports filled in).
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // https, or http to a loopback host. Otherwise an InvalidInput error saying why.
    static std::optional<StoreError> checkTransportSecurity(const QUrl &url);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // The store's throttle, as the answers so far left it.
    const Throttle &throttle() const { return m_throttle; }

Q_SIGNALS:
    // Requests on the wire (excluding ones waiting for the throttle or a retry).
    void inFlightChanged(int requestsInFlight);
    // A request waits this long for the throttle (rate limit, 429 pause).
    void throttled(int waitMs);
    // A request failed and is tried again after delayMs.
    void retrying(const QString &what, int attempt, int delayMs);

private:
    struct Attempt;
    struct Outcome;

    QCoro::Task<Outcome> attemptOnce(HttpRequestSpec spec, QUrl url);
    // Waits ms milliseconds; false when cancelAll() (or destruction) cut the wait short.
    QCoro::Task<bool> wait(int ms, quint64 generation);
    void setInFlight(int n);
    qint64 now() const { return m_clock.elapsed(); }

    QUrl m_apiBase;
    PipelineOptions m_options;
    QNetworkAccessManager *m_nam = nullptr;
    QByteArray m_authName;
    QByteArray m_authValue;
    QByteArray m_contentType = QByteArrayLiteral("application/json");
    Throttle m_throttle;
    Backoff m_backoff;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    int m_waitingForSlot = 0; // requests the throttle holds back, their slots promised
    quint64 m_generation = 0; // bumped by cancelAll()
    bool m_shuttingDown = false;
    QList<std::shared_ptr<Attempt>> m_attempts;
    QList<std::weak_ptr<QTimer>> m_waits;
};

} // namespace vitrine
