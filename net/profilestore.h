#pragma once

#include "net/storeprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace vitrine {

// Store profiles in QSettings, behind typed accessors (group "stores", an array of profiles, plus
// the name of the current one). Never a token: those live in a TokenStore.
class ProfileStore {
public:
    // settings: where to keep them (tests pass an INI file); null: the application's QSettings.
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QList<StoreProfile> profiles() const;
    QStringList names() const;
    std::optional<StoreProfile> profile(const QString &name) const;
    bool contains(const QString &name) const;

    // Each returns the problems that prevented it (empty: done). A profile must validate() and
    // its name must be unique.
    QStringList add(const StoreProfile &profile);
    // Replaces the profile called oldName (which may be renamed; the current profile follows).
    QStringList update(const QString &oldName, const StoreProfile &profile);
    QStringList remove(const QString &name);

    // The profile opened at start; empty when none is chosen or it was removed.
    QString currentName() const;
    std::optional<StoreProfile> current() const;
    QStringList setCurrent(const QString &name);

private:
    void save(const QList<StoreProfile> &profiles);

    QSettings *m_settings;
    bool m_ownsSettings;
};

} // namespace vitrine
