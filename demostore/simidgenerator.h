#pragma once

#include <QJsonObject>
#include <QString>

#include <array>

namespace vitrine {

// Makes the ids of one dialect's catalog in that store's own format, so clients meet the shapes
// they will meet in production: small integers (generic), 20+-digit strings that overflow int64
// (SHOPLINE), UUIDs (Shoplazza), int64-range integers (Shopify). Ids are deterministic (a counter
// per kind), so the demo seed has the same ids on every run.
class SimIdGenerator {
public:
    enum class Scheme {
        Integer,    // start + counter
        LongDigits, // fixed digit prefix + 8-digit counter
        Uuid,       // name-based UUID (v5) of kind and counter
    };
    enum class Kind { Product, Image, Variant };

    struct Format {
        QString productStart; // Integer: first number; LongDigits: the digit prefix
        QString imageStart;
        QString variantStart;
    };

    SimIdGenerator() = default;
    SimIdGenerator(Scheme scheme, Format format);

    QString next(Kind kind);
    Scheme scheme() const { return m_scheme; }

    QJsonObject toJson() const; // the counters
    void restore(const QJsonObject &counters);
    void reset();

private:
    Scheme m_scheme = Scheme::Integer;
    Format m_format;
    std::array<qint64, 3> m_counters{}; // per Kind
};

} // namespace vitrine
