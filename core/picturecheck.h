#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QSize>
#include <QString>

#include <optional>

namespace vitrine {

// What fetching one picture taught: its natural pixel size, or why it could not be loaded. Kept
// in the catalog by address, so a picture is fetched once for every product that shows it and
// every later audit (see docs/catalog.md).
struct PictureCheck {
    enum class State { Loaded, Broken };
    State state = State::Loaded;
    QSize size;          // Loaded: the natural size
    QString error;       // Broken: why, in words
    QDateTime checkedAt; // UTC
    // Loaded: the picture's difference hash (core/differencehash.h), for duplicates by pixels;
    // nullopt for a flat or tiny picture, or when the check did not hash (hashed false: a check
    // made before Vitrine hashed pictures, done again).
    std::optional<quint64> hash;
    bool hashed = false;

    friend bool operator==(const PictureCheck &, const PictureCheck &) = default;
};

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::PictureCheck)
