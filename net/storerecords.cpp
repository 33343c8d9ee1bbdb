#include "net/storerecords.h"

#include <QMutexLocker>

namespace vitrine {

void StoreRecords::rememberList(const QString &productId,
                                const QHash<QString, QJsonObject> &byImageId,
                                const QList<QJsonObject> &inOrder) {
    QMutexLocker lock(&m_mutex);
    for (auto it = byImageId.constBegin(); it != byImageId.constEnd(); ++it) {
        m_records.insert(it.key(), it.value());
        m_listed.insert(it.key());
    }
    m_lists.insert(productId, inOrder);
}

void StoreRecords::remember(const QString &imageId, const QJsonObject &record) {
    QMutexLocker lock(&m_mutex);
    m_records.insert(imageId, record);
}

void StoreRecords::forget(const QString &imageId) {
    QMutexLocker lock(&m_mutex);
    m_records.remove(imageId);
}

std::optional<QJsonObject> StoreRecords::record(const QString &imageId) const {
    QMutexLocker lock(&m_mutex);
    const auto it = m_records.constFind(imageId);
    if (it == m_records.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QList<QJsonObject>> StoreRecords::lastList(const QString &productId) const {
    QMutexLocker lock(&m_mutex);
    const auto it = m_lists.constFind(productId);
    if (it == m_lists.constEnd())
        return std::nullopt;
    return *it;
}

bool StoreRecords::wasListed(const QString &imageId) const {
    QMutexLocker lock(&m_mutex);
    return m_listed.contains(imageId);
}

} // namespace vitrine
