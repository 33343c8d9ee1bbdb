#include "core/storeerror.h"

#include <QCoreApplication>

namespace vitrine {

StoreError StoreError::make(Code code, QString storeMessage, int httpStatus) {
    StoreError e;
    e.code = code;
    e.storeMessage = std::move(storeMessage);
    e.httpStatus = httpStatus;
    e.retryable = isRetryableCode(code);
    return e;
}

StoreError::Code StoreError::codeForHttpStatus(int s) {
    if (s == 400 || s == 422)
        return Code::Validation;
    if (s == 401)
        return Code::Unauthorized;
    if (s == 403)
        return Code::Forbidden;
    if (s == 404 || s == 410)
        return Code::NotFound;
    if (s == 408)
        return Code::Timeout;
    if (s == 409 || s == 412)
        return Code::Conflict;
    if (s == 429)
        return Code::RateLimited;
    if (s >= 500 && s <= 599)
        return Code::Server;
    return Code::BadResponse;
}

bool StoreError::isRetryableCode(Code code) {
    switch (code) {
    case Code::Network:
    case Code::Timeout:
    case Code::RateLimited:
    case Code::Server:
        return true;
    default:
        return false;
    }
}

QString StoreError::codeName(Code code) {
    switch (code) {
    case Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Code::Network:
        return QStringLiteral("network");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    case Code::Unauthorized:
        return QStringLiteral("unauthorized");
    case Code::Forbidden:
        return QStringLiteral("forbidden");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::Validation:
        return QStringLiteral("validation");
    case Code::Conflict:
        return QStringLiteral("conflict");
    case Code::RateLimited:
        return QStringLiteral("rate-limited");
    case Code::Server:
        return QStringLiteral("server");
    case Code::BadResponse:
        return QStringLiteral("bad-response");
    case Code::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

namespace {

// This file's texts, translated in the "StoreError" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StoreError)
};

// "12 seconds", "3 minutes": how long a store asks to wait.
QString waitText(int ms) {
    const int seconds = (ms + 999) / 1000;
    if (seconds == 1)
        return Text::tr("1 second");
    if (seconds < 120)
        return Text::tr("%1 seconds").arg(seconds);
    return Text::tr("%1 minutes").arg((seconds + 59) / 60);
}

// The image host is not the store: its failures get their own sentences, never the store's.
QString imageHostSentence(StoreError::Code code) {
    using Code = StoreError::Code;
    switch (code) {
    case Code::NotFound:
        return Text::tr("The image host has no image at this address");
    case Code::Unauthorized:
    case Code::Forbidden:
        return Text::tr("The image host refused to send this image");
    case Code::Timeout:
        return Text::tr("The image host took too long to answer");
    case Code::Network:
        return Text::tr("The image host could not be reached. Check the connection");
    case Code::RateLimited:
        return Text::tr("The image host is receiving too many requests. Try again later");
    case Code::Server:
        return Text::tr("The image host had a problem on its side. Try again later");
    case Code::BadResponse:
    case Code::Validation:
    case Code::Conflict:
        return Text::tr("The image host sent an answer Vitrine cannot show");
    case Code::Cancelled:
    case Code::InvalidInput:
    case Code::Unsupported:
        break;
    }
    return {};
}

} // namespace

QString StoreError::userMessage() const {
    QString sentence = subject == Subject::ImageHost ? imageHostSentence(code) : QString();
    if (sentence.isEmpty()) {
        switch (code) {
        case Code::InvalidInput:
            sentence = Text::tr("This cannot be sent to the store");
            break;
        case Code::Network:
            sentence = Text::tr(
                "The store could not be reached. Check the connection and the store address");
            break;
        case Code::Timeout:
            sentence = Text::tr("The store took too long to answer");
            break;
        case Code::Cancelled:
            sentence = Text::tr("Cancelled");
            break;
        case Code::Unauthorized:
            sentence = Text::tr("The store refused the access token. Check the token in the store "
                                "profile");
            break;
        case Code::Forbidden:
            sentence =
                Text::tr("The access token is not allowed to do this. Check the app's access "
                         "scopes");
            break;
        case Code::NotFound:
            if (subject == Subject::Address)
                sentence = url.isEmpty()
                               ? Text::tr("The store has no such address — check the store address")
                               : Text::tr("The store has no such address — check the store address "
                                          "(asked for %1)")
                                     .arg(url);
            else
                sentence = Text::tr("The store does not have this item any more (it may have been "
                                    "deleted elsewhere)");
            break;
        case Code::Validation:
            sentence = Text::tr("The store refused the change");
            break;
        case Code::Conflict:
            sentence = Text::tr("This was changed elsewhere in the meantime");
            break;
        case Code::RateLimited:
            // This error is what is left after the pipeline slowed down and retried.
            sentence =
                retryAfterMs > 0
                    ? Text::tr("The store is receiving too many requests and asks to wait %1; "
                               "Vitrine stopped retrying")
                          .arg(waitText(retryAfterMs))
                    : Text::tr("The store is still receiving too many requests after Vitrine "
                               "slowed down and its retries ran out. Try again in a minute");
            break;
        case Code::Server:
            sentence = Text::tr("The store had a problem on its side. Try again later");
            break;
        case Code::BadResponse:
            sentence = Text::tr("The store sent an answer Vitrine does not understand");
            break;
        case Code::Unsupported:
            sentence = Text::tr("This store does not support that");
            break;
        }
    }
    QString detail = storeMessage;
    if (!fieldErrors.isEmpty())
        detail = detail.isEmpty()
                     ? fieldErrors.join(QStringLiteral("; "))
                     : detail + QStringLiteral(" (") + fieldErrors.join(QStringLiteral("; ")) +
                           QStringLiteral(")");
    if (!detail.isEmpty())
        sentence += QStringLiteral(": ") + detail;
    // The status once, for support; not again when the words already give it.
    const QString status = QStringLiteral("HTTP %1").arg(httpStatus);
    if (httpStatus > 0 && !detail.contains(status))
        sentence += QStringLiteral(" [") + status + QLatin1Char(']');
    // The store's (or our) message may already end its sentence: one full stop, not two.
    static const QString enders = QStringLiteral(".!?…");
    if (!sentence.isEmpty() && enders.contains(sentence.back()))
        return sentence;
    return sentence + QLatin1Char('.');
}

} // namespace vitrine
