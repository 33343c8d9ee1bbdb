#include "demostore/simidgenerator.h"

#include <QUuid>

#include <array>

namespace vitrine {

namespace {

constexpr std::array<const char *, 3> kindNames{"product", "image", "variant"};

} // namespace

SimIdGenerator::SimIdGenerator(Scheme scheme, Format format)
    : m_scheme(scheme)
    , m_format(std::move(format)) {}

QString SimIdGenerator::next(Kind kind) {
    const int k = static_cast<int>(kind);
    const qint64 n = m_counters[k]++;
    const QString &start = kind == Kind::Product ? m_format.productStart
                           : kind == Kind::Image ? m_format.imageStart
                                                 : m_format.variantStart;
    switch (m_scheme) {
    case Scheme::Integer:
        return QString::number(start.toLongLong() + n);
    case Scheme::LongDigits:
        return start + QStringLiteral("%1").arg(n + 1, 8, 10, QLatin1Char('0'));
    case Scheme::Uuid: {
        static const QUuid ns(QStringLiteral("6f1c2a7e-3b54-4e0c-9a55-7d1e2b9c4f10"));
        return QUuid::createUuidV5(ns, QString::fromLatin1(kindNames[k]) + QString::number(n))
            .toString(QUuid::WithoutBraces);
    }
    }
    return {};
}

QJsonObject SimIdGenerator::toJson() const {
    QJsonObject o;
    for (int k = 0; k < 3; ++k)
        o.insert(QLatin1String(kindNames[k]), m_counters[k]);
    return o;
}

void SimIdGenerator::restore(const QJsonObject &counters) {
    for (int k = 0; k < 3; ++k)
        m_counters[k] = qMax<qint64>(0, counters.value(QLatin1String(kindNames[k])).toInteger());
}

void SimIdGenerator::reset() {
    for (qint64 &c : m_counters)
        c = 0;
}

} // namespace vitrine
