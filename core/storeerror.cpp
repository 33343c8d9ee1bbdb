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

QString StoreError::userMessage() const {
    QString sentence;
    switch (code) {
    case Code::InvalidInput:
        sentence = QCoreApplication::translate("StoreError", "This cannot be sent to the store");
        break;
    case Code::Network:
        sentence = QCoreApplication::translate(
            "StoreError",
            "The store could not be reached. Check the connection and the store address");
        break;
    case Code::Timeout:
        sentence = QCoreApplication::translate("StoreError", "The store took too long to answer");
        break;
    case Code::Cancelled:
        sentence = QCoreApplication::translate("StoreError", "Cancelled");
        break;
    case Code::Unauthorized:
        sentence = QCoreApplication::translate(
            "StoreError",
            "The store refused the access token. Check the token in the store profile");
        break;
    case Code::Forbidden:
        sentence = QCoreApplication::translate(
            "StoreError",
            "The access token is not allowed to do this. Check the app's access scopes");
        break;
    case Code::NotFound:
        sentence = QCoreApplication::translate(
            "StoreError",
            "The store does not have this item any more (it may have been deleted elsewhere)");
        break;
    case Code::Validation:
        sentence = QCoreApplication::translate("StoreError", "The store refused the change");
        break;
    case Code::Conflict:
        sentence =
            QCoreApplication::translate("StoreError", "This was changed elsewhere in the meantime");
        break;
    case Code::RateLimited:
        sentence = QCoreApplication::translate(
            "StoreError",
            "The store is receiving too many requests; Vitrine will slow down and retry");
        break;
    case Code::Server:
        sentence = QCoreApplication::translate(
            "StoreError", "The store had a problem on its side. Try again later");
        break;
    case Code::BadResponse:
        sentence = QCoreApplication::translate(
            "StoreError", "The store sent an answer Vitrine does not understand");
        break;
    case Code::Unsupported:
        sentence = QCoreApplication::translate("StoreError", "This store does not support that");
        break;
    }
    QString detail = storeMessage;
    if (!fieldErrors.isEmpty())
        detail = detail.isEmpty()
                     ? fieldErrors.join(QStringLiteral("; "))
                     : detail + QStringLiteral(" (") + fieldErrors.join(QStringLiteral("; ")) +
                           QStringLiteral(")");
    if (!detail.isEmpty())
        sentence += QStringLiteral(": ") + detail;
    if (httpStatus > 0)
        sentence += QStringLiteral(" [HTTP %1]").arg(httpStatus);
    // The store's (or our) message may already end its sentence: one full stop, not two.
    static const QString enders = QStringLiteral(".!?…");
    if (!sentence.isEmpty() && enders.contains(sentence.back()))
        return sentence;
    return sentence + QLatin1Char('.');
}

} // namespace vitrine
