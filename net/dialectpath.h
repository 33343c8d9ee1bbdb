#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace vitrine {

// One path of a dialect description, split into its parts: "/images?product={productId}&sort=
// position" is the path "/images" and the query product={productId}, sort=position. The file
// gives both as the values mean; fill() percent-encodes them exactly once (an id "a/b&c" stays
// one path segment or one query value). The store simulator routes described stores by the same
// reading, so client and store cannot disagree on what a path means.
struct DialectPath {
    QString path;
    QList<std::pair<QString, QString>> query; // literal names; values may hold placeholders

    static DialectPath parse(const QString &pattern);
    // "{productId}", "{imageId}", … as written, in the order they appear (path, then query).
    QStringList placeholders() const;
    bool mentions(const QString &placeholder) const;

    // The path with each placeholder's value put in as one encoded segment, and the query with
    // the values put in, both ready for QUrl (QUrl::TolerantMode path, QUrlQuery).
    struct Filled {
        QString path;
        QUrlQuery query;
    };
    Filled fill(const QList<std::pair<QString, QString>> &values) const;
    // The query value of one parameter as a store receives it decoded, with placeholders in.
    QString queryValue(const QString &name) const;
    // A store's reading of a received query: the placeholders' values when every parameter
    // that holds a placeholder is there and fits its pattern ("eq.{productId}" against
    // "eq.101"); fixed parameters without a placeholder are not required. Nothing otherwise.
    std::optional<QList<std::pair<QString, QString>>> matchQuery(const QUrlQuery &received) const;
};

} // namespace vitrine
