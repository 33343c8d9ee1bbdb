#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace vitrine {

// Cursor pagination as Shopify and SHOPLINE do it: the client sends `limit` and, after the first
// page, the opaque `page_info` it found in the previous answer's `link` header
// (<...page_info=X>; rel="next"). Shared so both dialects page the same way.
struct SimCursorPage {
    int offset = 0;
    int limit = 50;
    int total = 0;

    // The page a query asks for; nothing, and a sentence in `error`, when `limit` is outside
    // 1..maxLimit or `page_info` is not one this simulator made.
    // `limitParam` names the page size parameter (a described store may call it otherwise).
    static std::optional<SimCursorPage>
    fromQuery(const QUrlQuery &query, int total, int defaultLimit, int maxLimit, QString *error,
              const QString &limitParam = QStringLiteral("limit"));
    int end() const { return std::min(total, offset + limit); }
    // The `link` header value for this page of `resource`; empty when there is no other page.
    QByteArray linkHeader(const QUrl &resource,
                          const QString &limitParam = QStringLiteral("limit")) const;
};

} // namespace vitrine
