#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace vitrine {

// Where each key of a JSON text is: "fields.src" -> line 12, column 5 (both from 1, columns in
// characters). QJsonDocument keeps no positions, so a file's reader asks this for the place of a
// key it refuses. It also notices keys written twice in one object, which QJsonDocument silently
// reduces to the last one. The text must already be valid JSON (QJsonDocument said so).
class JsonLocator {
public:
    struct Position {
        int line = 0; // 0: unknown
        int column = 0;
    };

    JsonLocator() = default;
    explicit JsonLocator(const QByteArray &text);

    // The key at a dotted path ("paths.listImages"); array items are "[n]" ("a.[2].b").
    // Unknown: line 0.
    Position keyPosition(const QString &path) const;
    // "line:column" of a byte offset (as QJsonParseError::offset gives it).
    static Position positionOfOffset(const QByteArray &text, qsizetype offset);
    // Paths of keys written more than once in the same object, in text order.
    QStringList duplicateKeys() const { return m_duplicates; }

private:
    QHash<QString, Position> m_keys;
    QStringList m_duplicates;
};

} // namespace vitrine
