#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

#include <map>
#include <optional>
#include <utility>

namespace vitrine {

// The thumbnails waiting for a fetch slot, best first: what is on screen, then the screen ahead
// (prefetch), then what is wanted in the background (the review panel judging every image);
// within each, first come first served. Changing a queued thumbnail's priority moves it to the
// end of its new class. Keys are the cache's (one per URL).
class ThumbnailQueue {
public:
    enum class Priority { Background, Prefetch, Visible };

    // Queues url with this priority, or gives a queued one this priority.
    void set(const QString &key, const QUrl &url, Priority priority);
    void remove(const QString &key);
    void clear();

    bool contains(const QString &key) const { return m_entries.contains(key); }
    std::optional<Priority> priorityOf(const QString &key) const;
    // The priority of what pop() would return; nothing when empty.
    std::optional<Priority> best() const;
    // The best entry, taken out of the queue.
    std::optional<std::pair<QString, QUrl>> pop();
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    // Ordered by priority (best first), then by arrival.
    using Place = std::pair<int, quint64>;
    struct Entry {
        QUrl url;
        Place place;
    };
    static Place placeFor(Priority priority, quint64 arrival) { return {-int(priority), arrival}; }

    QHash<QString, Entry> m_entries;
    std::map<Place, QString> m_order;
    quint64 m_arrivals = 0;
};

} // namespace vitrine
