#include "app/gui/recentstores.h"

#include "app/gui/storelauncher.h"

#include <QSettings>

namespace vitrine {

namespace {

const QString kGroup = QStringLiteral("recentStores");

QString kindName(LaunchOptions::Store store) {
    switch (store) {
    case LaunchOptions::Store::Demo:
        return QStringLiteral("demo");
    case LaunchOptions::Store::Profile:
        return QStringLiteral("profile");
    case LaunchOptions::Store::Direct:
        return QStringLiteral("direct");
    case LaunchOptions::Store::Default:
        break;
    }
    return {};
}

// Two entries open the same store: the newer replaces the older.
bool sameStore(const LaunchOptions &a, const LaunchOptions &b) {
    if (a.store != b.store)
        return false;
    switch (a.store) {
    case LaunchOptions::Store::Profile:
        return a.profileName == b.profileName;
    case LaunchOptions::Store::Direct:
        return a.dialect == b.dialect && a.baseUrl == b.baseUrl && a.apiVersion == b.apiVersion;
    default:
        return true;
    }
}

} // namespace

RecentStores::RecentStores() {
    QSettings settings;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count && m_entries.size() < kMaximum; ++i) {
        settings.setArrayIndex(i);
        Entry entry;
        entry.name = settings.value(QStringLiteral("name")).toString();
        const QString kind = settings.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("demo")) {
            entry.options.store = LaunchOptions::Store::Demo;
        } else if (kind == QLatin1String("profile")) {
            entry.options.store = LaunchOptions::Store::Profile;
            entry.options.profileName = settings.value(QStringLiteral("profile")).toString();
        } else if (kind == QLatin1String("direct")) {
            entry.options.store = LaunchOptions::Store::Direct;
            entry.options.dialect = settings.value(QStringLiteral("dialect")).toString();
            entry.options.baseUrl = settings.value(QStringLiteral("baseUrl")).toUrl();
            entry.options.apiVersion = settings.value(QStringLiteral("apiVersion")).toString();
        } else {
            continue; // written by a later version, or damaged
        }
        if (!entry.name.isEmpty())
            m_entries << entry;
    }
    settings.endArray();
}

void RecentStores::add(const StoreTarget &target) {
    if (target.reopen.store == LaunchOptions::Store::Default || target.displayName.isEmpty())
        return;
    Entry entry{target.displayName, target.reopen};
    entry.options.productId.clear();
    entry.options.resetDemo = false;
    m_entries.removeIf([&entry](const Entry &e) { return sameStore(e.options, entry.options); });
    m_entries.prepend(entry);
    while (m_entries.size() > kMaximum)
        m_entries.removeLast();
    save();
}

void RecentStores::remove(int index) {
    if (index < 0 || index >= m_entries.size())
        return;
    m_entries.removeAt(index);
    save();
}

void RecentStores::clear() {
    m_entries.clear();
    save();
}

const QList<RecentStores::Entry> &RecentStores::entries() const {
    return m_entries;
}

QStringList RecentStores::names() const {
    QStringList out;
    for (const Entry &entry : m_entries)
        out << entry.name;
    return out;
}

void RecentStores::save() const {
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), entry.name);
        settings.setValue(QStringLiteral("kind"), kindName(entry.options.store));
        if (entry.options.store == LaunchOptions::Store::Profile)
            settings.setValue(QStringLiteral("profile"), entry.options.profileName);
        if (entry.options.store == LaunchOptions::Store::Direct) {
            settings.setValue(QStringLiteral("dialect"), entry.options.dialect);
            settings.setValue(QStringLiteral("baseUrl"), entry.options.baseUrl);
            settings.setValue(QStringLiteral("apiVersion"), entry.options.apiVersion);
        }
    }
    settings.endArray();
}

} // namespace vitrine
