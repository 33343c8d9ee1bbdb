#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QUrl>

namespace vitrine {

// An HTTP answer as the pipeline hands it to a dialect: status, raw headers and the body (capped
// in size by the pipeline). Dialects parse these; they never see a QNetworkReply.
struct HttpResponse {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url; // the URL that answered

    bool isSuccess() const { return status >= 200 && status <= 299; }
    // Case-insensitive lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace vitrine
