#pragma once

#include "core/sessionstate.h"

#include <QHash>
#include <QString>

namespace vitrine {

class Journal;

// What the journal keeps staged for a store's products, read once for the whole catalog (the
// audit judges each product as it will be published).
class KeptEdits {
public:
    // The kept state of every product of store with something staged; products whose state
    // cannot be read are left out (the journal says why in its recoveryMessage()).
    static QHash<QString, SessionState> of(Journal &journal, const QString &store);
};

} // namespace vitrine
