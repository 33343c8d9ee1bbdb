#include "net/thumbnailrule.h"

#include <QUrlQuery>

namespace vitrine {

QUrl ThumbnailRule::apply(const QUrl &src, int width) const {
    if (isEmpty() || width <= 0 || !src.isValid() || src.isEmpty())
        return {};
    const QString w = QString::number(width);
    QUrl url = src;
    if (!fileSuffix.isEmpty()) {
        // The suffix goes before the last segment's extension ("sofa.jpg" -> "sofa_320x.jpg"),
        // or at its end when it has none.
        QString path = url.path();
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        if (path.isEmpty() || slash == path.size() - 1)
            return {};
        const qsizetype at = dot > slash + 1 ? dot : path.size();
        path.insert(at, QString(fileSuffix).replace(QStringLiteral("{width}"), w));
        url.setPath(path);
    }
    if (!query.isEmpty()) {
        QUrlQuery q(url);
        for (const auto &[key, value] : query) {
            q.removeAllQueryItems(key);
            if (!value.isEmpty())
                q.addQueryItem(key, QString(value).replace(QStringLiteral("{width}"), w));
        }
        url.setQuery(q);
    }
    return url;
}

} // namespace vitrine
