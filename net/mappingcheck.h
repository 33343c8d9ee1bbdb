#pragma once

#include "net/dialectdescription.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace vitrine {

// A dialect's field names held against the records a store really sent (the image records of one
// product's list answer): which mapped keys occur, which are missing, which of the store's keys
// the dialect does not map. The id, src and position keys (where mapped) must occur, or every
// write would be built from names the store does not use; any other mapped key that never occurs
// while a close spelling does is a typo ("alttext" beside the store's "altText"). Used before the
// first write through a custom dialect (RestDialect), by `vitrinectl dialect check` and by the
// Stores dialog's Test connection.
struct MappingReport {
    Q_DECLARE_TR_FUNCTIONS(MappingReport)
public:
    struct Field {
        QString role;  // "id", "src", "alt", … (the dialect file's key under "fields")
        QString key;   // the store's key the dialect maps it to
        int found = 0; // records holding the key
        bool required = false;
        QString suggestion; // a store key close to `key`, when `key` is never found
        bool isProblem() const { return found == 0 && (required || !suggestion.isEmpty()); }
    };

    QString productId;
    int records = 0;
    QList<Field> fields;
    QStringList answerKeys;   // every key of the records, sorted
    QStringList unmappedKeys; // answerKeys no field maps
    QString sampleSource;     // the first record's image address as sent (src field), or empty

    // False when the answer held no image: the mapping could not be checked.
    bool checked() const { return records > 0; }
    bool ok() const { return problems().isEmpty(); }
    // One sentence per problem, naming the mapped field, its key and the keys the answer had.
    QStringList problems() const;
};

class MappingCheck {
public:
    static MappingReport check(const DialectDescription &description,
                               const QList<QJsonObject> &records, const QString &productId);
};

} // namespace vitrine
