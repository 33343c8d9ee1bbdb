#pragma once

#include "app/commandline.h"
#include "core/result.h"
#include "net/storeprofile.h"

#include <QCoroTask>
#include <QObject>

#include <memory>

namespace vitrine {

class ProfileStore;
class StoreSimulator;
class TokenResolver;

// Which store the window opens, with everything needed to talk to it.
struct StoreTarget {
    StoreProfile profile;
    QString token;       // may be empty (the generic dialect needs none)
    QString displayName; // "Demo store", a profile's name, or the host
    QString detail;      // tooltip: dialect and address
    QString productId;   // open this product first, when given
    bool isDemo = false;
    QString notice; // something the user should know (demo data was reset, token source...)
    // How to open this store again (File ▸ Open Recent): what it was opened from, without the
    // product and without resetting the demo data.
    LaunchOptions reopen;
};

// Turns the command line (or the saved profiles) into a StoreTarget. Owns the embedded demo store
// when one is needed: it lives as long as the launcher.
class StoreLauncher : public QObject {
    Q_OBJECT
public:
    StoreLauncher(ProfileStore *profiles, std::shared_ptr<TokenResolver> tokens,
                  QObject *parent = nullptr);
    ~StoreLauncher() override;

    // On failure the error says why in a sentence (unknown profile, invalid URL, demo store could
    // not start).
    QCoro::Task<Result<StoreTarget>> resolve(LaunchOptions options);

    // The running demo store, if resolve() started one.
    StoreSimulator *demoStore() const;
    // Restores the demo store's original data.
    void resetDemoData();

    // Where the demo store keeps its data (the user's data directory).
    static QString demoDataFile();

Q_SIGNALS:
    // The demo store started: its API's address and its image host's (for vitrinectl, curl and
    // the docs' walkthroughs, which need the ports it took).
    void demoStoreStarted(const QUrl &api, const QUrl &images);

private:
    Result<StoreTarget> startDemo(bool reset);
    QCoro::Task<Result<StoreTarget>> fromProfile(StoreProfile profile, QString productId);

    ProfileStore *m_profiles;
    std::shared_ptr<TokenResolver> m_tokens;
    std::unique_ptr<StoreSimulator> m_demo;
};

} // namespace vitrine
