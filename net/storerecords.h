#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <optional>

namespace vitrine {

// What one store connection has seen of the store's image records, exactly as the store wrote
// them: a replace update sends the record back with only the edited fields changed, so fields
// Vitrine does not model (a "sku", "tags") survive every edit; the look-before-writing check
// reads the keys of a product's last list answer; a 404 on an image that was listed before is an
// image deleted elsewhere, not a wrong path. Owned by the dialect of one StoreClient, shared with
// its running operations.
class StoreRecords {
public:
    // The records of one product's list answer (each image's record replaces the one before).
    void rememberList(const QString &productId, const QHash<QString, QJsonObject> &byImageId,
                      const QList<QJsonObject> &inOrder);
    void remember(const QString &imageId, const QJsonObject &record);
    void forget(const QString &imageId);
    std::optional<QJsonObject> record(const QString &imageId) const;
    // The records of the product's last list answer; nothing when it was never listed.
    std::optional<QList<QJsonObject>> lastList(const QString &productId) const;
    bool wasListed(const QString &imageId) const;

    // Set once the mapped fields were found in an answer (MappingCheck), for this connection.
    void setMappingChecked() { m_mappingChecked = true; }
    bool mappingChecked() const { return m_mappingChecked; }

private:
    mutable QMutex m_mutex;
    QHash<QString, QJsonObject> m_records;
    QHash<QString, QList<QJsonObject>> m_lists;
    QSet<QString> m_listed;
    bool m_mappingChecked = false;
};

} // namespace vitrine
