#include "ui/thumbnailqueue.h"

namespace vitrine {

void ThumbnailQueue::set(const QString &key, const QUrl &url, Priority priority) {
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        if (it->place.first == -int(priority))
            return; // same class: keeps its place
        m_order.erase(it->place);
        it->place = placeFor(priority, ++m_arrivals);
        m_order.emplace(it->place, key);
        return;
    }
    const Place place = placeFor(priority, ++m_arrivals);
    m_entries.insert(key, Entry{url, place});
    m_order.emplace(place, key);
}

void ThumbnailQueue::remove(const QString &key) {
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return;
    m_order.erase(it->place);
    m_entries.erase(it);
}

void ThumbnailQueue::clear() {
    m_entries.clear();
    m_order.clear();
}

std::optional<ThumbnailQueue::Priority> ThumbnailQueue::priorityOf(const QString &key) const {
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    return Priority(-it->place.first);
}

std::optional<ThumbnailQueue::Priority> ThumbnailQueue::best() const {
    if (m_order.empty())
        return std::nullopt;
    return Priority(-m_order.begin()->first.first);
}

std::optional<std::pair<QString, QUrl>> ThumbnailQueue::pop() {
    if (m_order.empty())
        return std::nullopt;
    const auto first = m_order.begin();
    const QString key = first->second;
    m_order.erase(first);
    const QUrl url = m_entries.take(key).url;
    return std::make_pair(key, url);
}

} // namespace vitrine
