#include "catalog/keptedits.h"

#include "workflow/journal.h"

namespace vitrine {

QHash<QString, SessionState> KeptEdits::of(Journal &journal, const QString &store) {
    QHash<QString, SessionState> states;
    for (const Journal::Entry &entry : journal.entries(store)) {
        if (std::optional<SessionState> state = journal.loadState(store, entry.productId))
            states.emplace(entry.productId, std::move(*state));
    }
    return states;
}

} // namespace vitrine
