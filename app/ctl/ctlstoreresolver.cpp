#include "app/ctl/ctlstoreresolver.h"

#include "net/profilestore.h"
#include "net/tokenresolver.h"
#include "workflow/journal.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

CtlStoreTarget failure(CtlExit exit, const QString &message) {
    CtlStoreTarget t;
    t.exit = exit;
    t.error = message;
    return t;
}

} // namespace

CtlStoreResolver::CtlStoreResolver(ProfileStore *profiles,
                                   std::shared_ptr<TokenResolver> profileTokens,
                                   QString environmentVariable)
    : m_profiles(profiles)
    , m_profileTokens(std::move(profileTokens))
    , m_env(std::move(environmentVariable)) {}

StoreProfile CtlStoreResolver::directProfile(const CtlStoreChoice &choice) {
    StoreProfile p = StoreProfile::direct(choice.dialect, choice.baseUrl, choice.apiVersion);
    // The key the app's journal gives a store opened without a profile.
    p.name = Journal::storeKey(p);
    return p;
}

CtlStoreTarget CtlStoreResolver::locate(const CtlStoreChoice &choice) const {
    CtlStoreTarget target;
    switch (choice.kind) {
    case CtlStoreChoice::Kind::Direct:
        target.profile = directProfile(choice);
        break;
    case CtlStoreChoice::Kind::Profile: {
        const auto profile = m_profiles ? m_profiles->profile(choice.profileName) : std::nullopt;
        if (!profile)
            return failure(CtlExit::Usage, Text::tr("There is no store profile called \"%1\" (see "
                                                    "'vitrinectl profiles list').")
                                               .arg(choice.profileName));
        target.profile = *profile;
        break;
    }
    case CtlStoreChoice::Kind::Current: {
        const auto current = m_profiles ? m_profiles->current() : std::nullopt;
        if (!current)
            return failure(CtlExit::Usage,
                           Text::tr("No store chosen and no current profile: give --profile NAME, "
                                    "or --dialect D with --base-url URL."));
        target.profile = *current;
        break;
    }
    }
    target.journalKey = Journal::storeKey(target.profile);
    const QStringList problems = target.profile.validate();
    if (!problems.isEmpty())
        return failure(CtlExit::Usage,
                       Text::tr("The store \"%1\" cannot be used: %2")
                           .arg(target.profile.name, problems.join(QLatin1Char(' '))));
    return target;
}

QCoro::Task<CtlStoreTarget> CtlStoreResolver::resolve(CtlStoreChoice choice) {
    CtlStoreTarget target = locate(choice);
    if (!target.ok())
        co_return target;
    // A store given on the command line has no saved token: the environment only.
    const std::shared_ptr<TokenResolver> tokens =
        choice.kind == CtlStoreChoice::Kind::Direct
            ? std::make_shared<TokenResolver>(nullptr, nullptr, nullptr, m_env)
            : m_profileTokens;
    if (tokens) {
        const TokenResult token = co_await tokens->resolve(target.profile.name);
        if (token.ok()) {
            target.token = token.token;
            target.tokenSource = token.source;
        } else if (choice.kind == CtlStoreChoice::Kind::Direct) {
            target.tokenProblem =
                Text::tr(
                    "%1 is not set (a store given with --dialect and --base-url takes its token "
                    "from there)")
                    .arg(m_env);
        } else {
            target.tokenProblem = token.message;
        }
    }
    co_return target;
}

} // namespace vitrine
