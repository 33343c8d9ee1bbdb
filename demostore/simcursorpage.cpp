#include "demostore/simcursorpage.h"

namespace vitrine {

namespace {

QString encodeCursor(int offset) {
    return QString::fromLatin1(
        QByteArray("offset:" + QByteArray::number(offset))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<int> decodeCursor(const QString &cursor) {
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !(*decoded).startsWith("offset:"))
        return std::nullopt;
    bool ok = false;
    const int offset = (*decoded).mid(7).toInt(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

} // namespace

std::optional<SimCursorPage> SimCursorPage::fromQuery(const QUrlQuery &query, int total,
                                                      int defaultLimit, int maxLimit,
                                                      QString *error, const QString &limitParam) {
    SimCursorPage page;
    page.total = total;
    page.limit = defaultLimit;
    if (query.hasQueryItem(limitParam)) {
        bool ok = false;
        page.limit = query.queryItemValue(limitParam).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > maxLimit) {
            *error = QStringLiteral("%1 must be between 1 and %2").arg(limitParam).arg(maxLimit);
            return std::nullopt;
        }
    }
    if (query.hasQueryItem(QStringLiteral("page_info"))) {
        const auto offset = decodeCursor(query.queryItemValue(QStringLiteral("page_info")));
        if (!offset) {
            *error = QStringLiteral("Invalid page_info");
            return std::nullopt;
        }
        page.offset = *offset;
    }
    return page;
}

QByteArray SimCursorPage::linkHeader(const QUrl &resource, const QString &limitParam) const {
    const auto link = [&](int offset, const char *rel) -> QByteArray {
        QUrl u = resource;
        QUrlQuery q;
        q.addQueryItem(limitParam, QString::number(limit));
        q.addQueryItem(QStringLiteral("page_info"), encodeCursor(offset));
        u.setQuery(q);
        return "<" + u.toEncoded() + ">; rel=\"" + rel + "\"";
    };
    QList<QByteArray> parts;
    if (offset > 0)
        parts.append(link(std::max(0, offset - limit), "previous"));
    if (offset + limit < total)
        parts.append(link(offset + limit, "next"));
    return parts.join(", ");
}

} // namespace vitrine
