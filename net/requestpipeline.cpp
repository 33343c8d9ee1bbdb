#include "net/requestpipeline.h"

#include "net/netlogging.h"
#include "net/onceonlybody.h"
#include "net/ratelimitheaders.h"
#include "net/storeprofile.h"

#include <QCoreApplication>
#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace vitrine {

namespace {

constexpr int kMaxRedirects = 5;

int defaultPort(const QString &scheme) {
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

StoreError cancelledError() {
    return StoreError::make(
        StoreError::Code::Cancelled,
        QCoreApplication::translate("RequestPipeline", "the request was cancelled"));
}

QString urlForLog(const QUrl &url) {
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

} // namespace

struct RequestPipeline::Attempt {
    QPointer<QNetworkReply> reply;
    bool cancelled = false; // by cancelAll(): tells a user cancel from a transfer timeout
    bool tooLarge = false;
};

// What one attempt produced: an HTTP answer, or a failure with no usable answer.
struct RequestPipeline::Outcome {
    std::optional<HttpResponse> response;
    StoreError error;
    bool cancelled = false;
    bool retryable = false; // for a failure: may be tried again
};

RequestPipeline::RequestPipeline(QUrl apiBase, PipelineOptions options, QObject *parent)
    : QObject(parent)
    , m_apiBase(std::move(apiBase))
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
    , m_throttle(m_options.rateLimit)
    , m_backoff(m_options.baseBackoffMs, m_options.maxBackoffMs, m_options.random) {
    m_clock.start();
    // Authenticated requests override this per request; this is the policy for the rest.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

RequestPipeline::~RequestPipeline() {
    // Replies must end (and their coroutines resume) before the QNAM deletes them: a deleted
    // reply never resumes its awaiting coroutine (qt-notes §1, bug 4).
    m_shuttingDown = true;
    cancelAll();
    // The pipeline is often destroyed by the code a reply's signal resumed (QCoro 0.8 resumes
    // inside finished, qt-notes pitfall 3): vitrinectl's command ends and drops its store
    // connection inside the last reply's finished — or inside the abort() of Ctrl+C, which still
    // works on the reply after emitting finished (that one crashed). The QNAM deletes its
    // replies, so it goes once the event loop is back, never under a reply's own call.
    m_nam->setParent(nullptr);
    m_nam->deleteLater();
}

void RequestPipeline::setAuthorization(QByteArray headerName, QByteArray headerValue) {
    m_authName = std::move(headerName);
    m_authValue = std::move(headerValue);
}

void RequestPipeline::setContentType(QByteArray contentType) {
    m_contentType = std::move(contentType);
}

void RequestPipeline::setRateLimit(RateLimit limit) {
    m_options.rateLimit = limit;
    m_throttle.setLimit(limit);
}

QUrl RequestPipeline::urlFor(const HttpRequestSpec &spec) const {
    if (spec.absoluteUrl.isValid() && !spec.absoluteUrl.isRelative())
        return spec.absoluteUrl;
    QUrl url = m_apiBase;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + spec.path, QUrl::TolerantMode);
    if (!spec.query.isEmpty())
        url.setQuery(spec.query);
    return url;
}

bool RequestPipeline::sameOrigin(const QUrl &a, const QUrl &b) {
    const QString schemeA = a.scheme().toLower();
    const QString schemeB = b.scheme().toLower();
    return !schemeA.isEmpty() && schemeA == schemeB &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && !a.host().isEmpty() &&
           a.port(defaultPort(schemeA)) == b.port(defaultPort(schemeB));
}

std::optional<StoreError> RequestPipeline::checkTransportSecurity(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") && !url.host().isEmpty())
        return std::nullopt;
    if (scheme == QLatin1String("http") && StoreProfile::isLoopbackHost(url.host()))
        return std::nullopt;
    return StoreError::make(
        StoreError::Code::InvalidInput,
        QCoreApplication::translate("RequestPipeline",
                                    "refusing to send a request to %1://%2: stores are "
                                    "reached over https (plain http only on this "
                                    "computer)")
            .arg(scheme, url.host()));
}

void RequestPipeline::setInFlight(int n) {
    if (n == m_inFlight)
        return;
    m_inFlight = n;
    Q_EMIT inFlightChanged(n);
}

void RequestPipeline::cancelAll() {
    ++m_generation;
    // Copies: aborting resumes coroutines synchronously, and they edit these lists.
    const QList<std::weak_ptr<QTimer>> waits = m_waits;
    for (const auto &w : waits) {
        if (const auto timer = w.lock())
            timer->start(0);
    }
    const QList<std::shared_ptr<Attempt>> attempts = m_attempts;
    // The coroutines resumed may destroy this pipeline before abort() returns: see the
    // destructor.
    for (const auto &a : attempts) {
        a->cancelled = true;
        if (a->reply && a->reply->isRunning())
            a->reply->abort();
    }
}

QCoro::Task<bool> RequestPipeline::wait(int ms, quint64 generation) {
    QPointer<RequestPipeline> self(this);
    // The timer belongs to this frame, not to the pipeline, so it outlives a pipeline destroyed
    // mid-wait and the coroutine still resumes (and then sees self is gone).
    auto timer = std::make_shared<QTimer>();
    timer->setSingleShot(true);
    m_waits.removeIf([](const std::weak_ptr<QTimer> &w) { return w.expired(); });
    m_waits.append(timer);
    timer->start(std::max(0, ms));
    co_await *timer;
    if (!self)
        co_return false;
    co_return !m_shuttingDown && m_generation == generation;
}

QCoro::Task<RequestPipeline::Outcome> RequestPipeline::attemptOnce(HttpRequestSpec spec, QUrl url) {
    QPointer<RequestPipeline> self(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Vitrine/" VITRINE_VERSION));
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    const bool authenticated =
        !m_authName.isEmpty() && !m_authValue.isEmpty() && sameOrigin(url, m_apiBase);
    if (authenticated) {
        request.setRawHeader(m_authName, m_authValue);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
    } else {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.addCaCertificates(m_options.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    QByteArray body;
    if (spec.body) {
        body = QJsonDocument(*spec.body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    }

    QNetworkReply *reply = nullptr;
    switch (spec.method) {
    case HttpRequestSpec::Method::Get:
        reply = m_nam->get(request);
        break;
    case HttpRequestSpec::Method::Post: {
        // Never let Qt resend a POST on its own (see OnceOnlyBody).
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OnceOnlyBody(body);
        reply = m_nam->post(request, device);
        device->setParent(reply);
        break;
    }
    case HttpRequestSpec::Method::Put:
        reply = m_nam->put(request, body);
        break;
    case HttpRequestSpec::Method::Patch:
        reply = m_nam->sendCustomRequest(request, "PATCH", body);
        break;
    case HttpRequestSpec::Method::Delete:
        reply = spec.body ? m_nam->sendCustomRequest(request, "DELETE", body)
                          : m_nam->deleteResource(request);
        break;
    }

    auto attempt = std::make_shared<Attempt>();
    attempt->reply = reply;
    m_attempts.append(attempt);
    setInFlight(m_inFlight + 1);

    const QString what = spec.methodName() + QLatin1Char(' ') + urlForLog(url);
    connect(reply, &QNetworkReply::sslErrors, reply, [what](const QList<QSslError> &errors) {
        // Logged, never ignored: the reply then fails with SslHandshakeFailedError.
        for (const QSslError &e : errors)
            qCWarning(lcNet).noquote() << "TLS error for" << what << ':' << e.errorString();
    });
    const qint64 cap = m_options.maxBodyBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [attempt, cap](qint64 received, qint64 total) {
                if ((received > cap || total > cap) && !attempt->tooLarge) {
                    attempt->tooLarge = true;
                    if (attempt->reply)
                        attempt->reply->abort();
                }
            });

    QElapsedTimer duration;
    duration.start();
    co_await reply;

    Outcome out;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const bool idempotent = spec.isIdempotent();
    qCDebug(lcNet).noquote() << what << "->"
                             << (status > 0 ? QString::number(status) : reply->errorString())
                             << QStringLiteral("(%1 ms)").arg(duration.elapsed());

    if (attempt->cancelled) {
        out.cancelled = true;
        out.error = cancelledError();
    } else if (attempt->tooLarge) {
        out.error =
            StoreError::make(StoreError::Code::BadResponse,
                             QCoreApplication::translate(
                                 "RequestPipeline", "the answer is larger than %1 MiB; Vitrine "
                                                    "does not read it")
                                 .arg(cap / 1024 / 1024),
                             status);
    } else if (status > 0 && (error == QNetworkReply::NoError || int(error) >= 200)) {
        HttpResponse response;
        response.status = status;
        response.url = reply->url();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->read(cap + 1);
        if (response.body.size() > cap) {
            out.error = StoreError::make(
                StoreError::Code::BadResponse,
                QCoreApplication::translate("RequestPipeline", "the answer is larger than %1 MiB; "
                                                               "Vitrine does not read it")
                    .arg(cap / 1024 / 1024),
                status);
        } else {
            out.response = std::move(response);
        }
    } else {
        // No usable HTTP answer.
        const bool outcomeUnknownForPost = !idempotent;
        switch (error) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            out.error = StoreError::make(
                StoreError::Code::Timeout,
                outcomeUnknownForPost
                    ? QCoreApplication::translate(
                          "RequestPipeline",
                          "no answer within %1 s; the store may or may not have "
                          "carried out the request, so check before sending it again")
                          .arg(m_options.timeoutMs / 1000.0)
                    : QCoreApplication::translate("RequestPipeline", "no answer within %1 s")
                          .arg(m_options.timeoutMs / 1000.0));
            out.retryable = idempotent;
            out.error.outcomeUnknown = outcomeUnknownForPost;
            break;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            // Nothing reached the store: safe to try again, even a POST.
            out.error = StoreError::make(StoreError::Code::Network, reply->errorString());
            out.retryable = true;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            out.error =
                StoreError::make(StoreError::Code::Network,
                                 QCoreApplication::translate("RequestPipeline",
                                                             "the store's TLS certificate was not "
                                                             "accepted (%1)")
                                     .arg(reply->errorString()));
            break;
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            out.error =
                StoreError::make(StoreError::Code::Network,
                                 QCoreApplication::translate(
                                     "RequestPipeline", "the store redirected the request to "
                                                        "another address, which Vitrine does not "
                                                        "follow with the store's token (%1)")
                                     .arg(reply->errorString()));
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError: {
            // ContentReSendError: Qt wanted to resend a POST after the connection closed and
            // OnceOnlyBody refused.
            const QString what = QCoreApplication::translate(
                "RequestPipeline", "the connection closed before the store answered");
            out.error =
                StoreError::make(StoreError::Code::Network,
                                 outcomeUnknownForPost
                                     ? what + QCoreApplication::translate(
                                                  "RequestPipeline",
                                                  "; the store may or may not have carried out the "
                                                  "request, so check before sending it again")
                                     : what);
            out.retryable = idempotent;
            out.error.outcomeUnknown = outcomeUnknownForPost;
            break;
        }
        default:
            out.error = StoreError::make(
                StoreError::Code::Network,
                outcomeUnknownForPost
                    ? reply->errorString() + QCoreApplication::translate(
                                                 "RequestPipeline",
                                                 "; the store may or may not have carried out the "
                                                 "request, so check before sending it again")
                    : reply->errorString());
            out.retryable = idempotent;
            out.error.outcomeUnknown = outcomeUnknownForPost;
            break;
        }
        out.error.retryable = out.retryable;
        out.error.httpStatus = status;
    }

    reply->deleteLater();
    if (self) {
        m_attempts.removeOne(attempt);
        setInFlight(m_inFlight - 1);
    }
    co_return out;
}

QCoro::Task<Result<HttpResponse>> RequestPipeline::send(HttpRequestSpec spec) {
    QPointer<RequestPipeline> self(this);
    if (m_shuttingDown)
        co_return cancelledError();
    const QUrl url = urlFor(spec);
    if (!url.isValid() || url.isRelative())
        co_return StoreError::make(
            StoreError::Code::InvalidInput,
            QCoreApplication::translate("RequestPipeline", "\"%1\" is not a valid request address")
                .arg(urlForLog(url)));
    if (auto refused = checkTransportSecurity(url))
        co_return *refused;

    const quint64 generation = m_generation;
    const QString what = spec.describe();
    const qint64 firstAttemptAt = now();
    // Whether a failure that suggests the store is down may be tried again after delayMs.
    auto withinWindow = [&](qint64 delayMs) {
        return now() + delayMs - firstAttemptAt <= m_options.maxRetryWindowMs;
    };
    for (int attempt = 0;; ++attempt) {
        const qint64 holdMs = m_throttle.reserve(now());
        if (holdMs > 0) {
            qCDebug(lcNet).noquote() << "throttle holds" << what << "for" << holdMs << "ms";
            Q_EMIT throttled(int(holdMs));
            ++m_waitingForSlot;
            const bool waited = co_await wait(int(holdMs), generation);
            if (!self)
                co_return cancelledError();
            --m_waitingForSlot;
            if (!waited)
                co_return cancelledError();
        }

        Outcome out = co_await attemptOnce(spec, url);
        if (!self || out.cancelled || m_generation != generation || m_shuttingDown)
            co_return cancelledError();

        int delayMs = -1; // >= 0: retry after this long
        if (out.response) {
            const HttpResponse &r = *out.response;
            if (const auto limit =
                    RateLimitHeaders::callLimit(r.header("X-Shopify-Shop-Api-Call-Limit")))
                m_throttle.onCallLimit(now(), limit->used, limit->capacity, m_inFlight,
                                       m_waitingForSlot);
            const std::optional<qint64> retryAfter = RateLimitHeaders::retryAfterMs(
                r.header("Retry-After"), QDateTime::currentDateTimeUtc());
            const bool rateLimited = r.status == 429;
            const bool serverError =
                r.status >= 500 && r.status <= 599 && r.status != 501 && r.status != 505;
            if (!rateLimited && !(serverError && spec.isIdempotent())) {
                if (r.isSuccess())
                    m_throttle.onSuccess();
                co_return std::move(*out.response);
            }
            const qint64 pause = retryAfter.value_or(qint64(m_backoff.delayMs(attempt)));
            // Every request of this store waits, not just this one. A pause longer than we are
            // willing to wait is not imposed on the others: they fail fast with retryAfterMs.
            if (rateLimited)
                m_throttle.onRateLimited(now(), pause > m_options.maxRetryAfterMs ? 0 : pause);
            if (attempt >= m_options.maxRetries || pause > m_options.maxRetryAfterMs ||
                (serverError && !withinWindow(pause))) {
                qCDebug(lcNet).noquote()
                    << "giving up on" << what << "after" << attempt + 1 << "attempts";
                co_return std::move(*out.response);
            }
            // A 429's pause is served by the throttle on the next turn of the loop.
            delayMs = rateLimited ? 0 : int(pause);
            qCDebug(lcNet).noquote() << what << "answered" << r.status << "; retry" << attempt + 1
                                     << "in" << pause << "ms";
            Q_EMIT retrying(what, attempt + 1, int(pause));
        } else {
            delayMs = m_backoff.delayMs(attempt);
            if (!out.retryable || attempt >= m_options.maxRetries || !withinWindow(delayMs)) {
                if (out.retryable && attempt < m_options.maxRetries)
                    qCDebug(lcNet).noquote()
                        << "giving up on" << what << "after" << attempt + 1
                        << "attempts: the store has failed for" << now() - firstAttemptAt << "ms";
                co_return out.error;
            }
            qCDebug(lcNet).noquote() << what << "failed:" << out.error.storeMessage << "; retry"
                                     << attempt + 1 << "in" << delayMs << "ms";
            Q_EMIT retrying(what, attempt + 1, delayMs);
        }
        if (delayMs > 0) {
            const bool waited = co_await wait(delayMs, generation);
            if (!waited || !self)
                co_return cancelledError();
        }
    }
}

} // namespace vitrine
