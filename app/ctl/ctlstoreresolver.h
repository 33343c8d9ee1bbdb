#pragma once

#include "app/ctl/ctlinvocation.h"
#include "net/storeprofile.h"

#include <QCoroTask>
#include <QString>

#include <memory>

namespace vitrine {

class ProfileStore;
class TokenResolver;

// The store a command talks to, or why there is none.
struct CtlStoreTarget {
    StoreProfile profile;
    QString token;        // empty when none was found (the generic dialect needs none)
    QString tokenSource;  // "environment", "keychain", "file", ... (never the token itself)
    QString tokenProblem; // why no token was found, for a hint when the store refuses access
    QString journalKey;   // the profile name the journal keeps this store's edits under

    CtlExit exit = CtlExit::Ok;
    QString error; // set with exit != Ok

    bool ok() const { return exit == CtlExit::Ok; }
};

// Turns the global store options into a profile and a token.
//  --profile NAME           the saved profile; token from `profileTokens` (VITRINE_TOKEN first,
//                           then keychain, consented private file, memory)
//  --dialect D --base-url   a profile made on the spot; token from VITRINE_TOKEN only. Its journal
//                           key is Journal::storeKey of a profile without a name ("generic@URL"),
//                           so its staged edits are kept apart from other stores.
//  neither                  the current profile (the one the app opened last)
class CtlStoreResolver {
public:
    CtlStoreResolver(ProfileStore *profiles, std::shared_ptr<TokenResolver> profileTokens,
                     QString environmentVariable = QStringLiteral("VITRINE_TOKEN"));

    QCoro::Task<CtlStoreTarget> resolve(CtlStoreChoice choice);
    // The same without looking for a token: enough to find the store's journal entries.
    CtlStoreTarget locate(const CtlStoreChoice &choice) const;

    // The profile of --dialect/--base-url/--api-version (no I/O). Its name is its journal key.
    static StoreProfile directProfile(const CtlStoreChoice &choice);

private:
    ProfileStore *m_profiles;
    std::shared_ptr<TokenResolver> m_profileTokens;
    QString m_env;
};

} // namespace vitrine
