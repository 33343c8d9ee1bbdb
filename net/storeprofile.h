#pragma once

#include "core/storecapabilities.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace vitrine {

// One configured store: which dialect it speaks and where. Holds no secret: the token lives in a
// TokenStore under the profile's name.
struct StoreProfile {
    QString name;
    QString dialect =
        QStringLiteral("generic"); // generic | shopline | shoplazza | shopify | custom
    // The URL before the dialect's documented path: http://127.0.0.1:8080 for generic,
    // https://HANDLE.myshopline.com for SHOPLINE, https://SHOP.myshoplaza.com for Shoplazza.
    QUrl baseUrl;
    QString apiVersion;                        // empty: the dialect's default (defaultApiVersion())
    QString customDialectFile;                 // dialect "custom": path of its JSON description
    std::optional<OrderingSemantics> ordering; // overrides the dialect's ordering semantics
    std::optional<RateLimit> rateLimit;        // overrides the dialect's rate limit
    int timeoutMs = 30000;                     // transfer (inactivity) timeout of each request
    int maxRetries = 4;                        // retries of one idempotent request

    // apiVersion, or the dialect's default when empty.
    QString effectiveApiVersion() const;
    // baseUrl, or when it is empty and the dialect is custom, the "baseUrl" of the custom
    // dialect file (empty when neither gives one or the file cannot be read).
    QUrl effectiveBaseUrl() const;
    // Every problem with this profile, one sentence each; empty when it can be used.
    QStringList validate() const;

    // A store given on a command line: dialectOrFile is a dialect name or the path of a custom
    // dialect file (*.json, any case). The name is left empty for the caller.
    static StoreProfile direct(const QString &dialectOrFile, const QUrl &baseUrl,
                               const QString &apiVersion = {});

    static QString defaultApiVersion(const QString &dialect);
    // The built-in dialect names (the DialectFactory may know more).
    static QStringList knownDialects();
    // 127.0.0.0/8, ::1 and "localhost": the only hosts plain http is allowed for.
    static bool isLoopbackHost(const QString &host);

    friend bool operator==(const StoreProfile &, const StoreProfile &) = default;
};

} // namespace vitrine
