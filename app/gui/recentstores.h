#pragma once

#include "app/commandline.h"

#include <QList>
#include <QString>

namespace vitrine {

struct StoreTarget;

// File ▸ Open Recent: the stores opened lately, most recent first, kept in the settings. Each is
// kept as what opens it again (the demo store, a profile by name, or a dialect and address:
// never a token), with the name the window showed.
class RecentStores {
public:
    struct Entry {
        QString name;
        LaunchOptions options;
    };
    static constexpr int kMaximum = 8;

    // Reads the list from the settings (QSettings of the application).
    RecentStores();

    // target was opened: it goes first (once), the oldest beyond kMaximum drops off. Saved.
    void add(const StoreTarget &target);
    // An entry that no longer opens (its profile was deleted or renamed). Saved.
    void remove(int index);
    void clear();

    const QList<Entry> &entries() const;
    QStringList names() const;

private:
    void save() const;

    QList<Entry> m_entries;
};

} // namespace vitrine
