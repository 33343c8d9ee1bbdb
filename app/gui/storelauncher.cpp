#include "app/gui/storelauncher.h"

#include "core/storecapabilities.h"
#include "demostore/storesimulator.h"
#include "net/dialectdescription.h"
#include "net/profilestore.h"
#include "net/tokenresolver.h"
#include "workflow/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace vitrine {

namespace {

StoreError invalid(const QString &message) {
    return StoreError::make(StoreError::Code::InvalidInput, message);
}

QString describe(const StoreProfile &p) {
    return QStringLiteral("%1 — %2").arg(dialectTitle(p.dialect), p.baseUrl.toString());
}

} // namespace

StoreLauncher::StoreLauncher(ProfileStore *profiles, std::shared_ptr<TokenResolver> tokens,
                             QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_tokens(std::move(tokens)) {}

StoreLauncher::~StoreLauncher() = default;

StoreSimulator *StoreLauncher::demoStore() const {
    return m_demo.get();
}

QString StoreLauncher::demoDataFile() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/demo-store.json");
}

void StoreLauncher::resetDemoData() {
    if (m_demo)
        m_demo->resetToSeed();
}

Result<StoreTarget> StoreLauncher::startDemo(bool reset) {
    StoreTarget target;
    if (!m_demo) {
        m_demo = std::make_unique<StoreSimulator>();
        // A corrupt data file is moved aside and the seed used instead: say so, carry on.
        if (!m_demo->setDataFile(demoDataFile()))
            target.notice = m_demo->lastError();
        if (!m_demo->start()) {
            const QString why = m_demo->lastError();
            m_demo.reset();
            return invalid(tr("The demo store could not start: %1").arg(why));
        }
        Q_EMIT demoStoreStarted(m_demo->baseUrl(), m_demo->cdnBaseUrl());
    }
    if (reset) {
        m_demo->resetToSeed();
        target.notice = tr("The demo store's data was restored.");
    }
    target.profile.name = tr("Demo store");
    target.profile.dialect = QStringLiteral("generic");
    target.profile.baseUrl = m_demo->baseUrl();
    target.displayName = tr("Demo store");
    target.detail =
        tr("The embedded demo store at %1 (generic REST API)").arg(m_demo->baseUrl().toString());
    target.isDemo = true;
    target.reopen.store = LaunchOptions::Store::Demo;
    return target;
}

QCoro::Task<Result<StoreTarget>> StoreLauncher::fromProfile(StoreProfile profile,
                                                            QString productId) {
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        co_return invalid(tr("The store profile “%1” cannot be used: %2")
                              .arg(profile.name, problems.join(QLatin1Char(' '))));
    StoreTarget target;
    target.profile = profile;
    target.displayName = profile.name.isEmpty() ? profile.baseUrl.host() : profile.name;
    target.detail = describe(profile);
    target.productId = productId;
    target.reopen.store = LaunchOptions::Store::Profile;
    target.reopen.profileName = profile.name;
    if (m_tokens) {
        const TokenResult token = co_await m_tokens->resolve(profile.name);
        if (token.ok())
            target.token = token.token;
        else if (token.status != TokenResult::Status::NotFound)
            target.notice = token.message;
    }
    co_return target;
}

QCoro::Task<Result<StoreTarget>> StoreLauncher::resolve(LaunchOptions options) {
    using Store = LaunchOptions::Store;
    switch (options.store) {
    case Store::Demo: {
        Result<StoreTarget> demo = startDemo(options.resetDemo);
        if (demo.ok())
            demo.value().productId = options.productId;
        co_return demo;
    }
    case Store::Profile: {
        const auto profile = m_profiles ? m_profiles->profile(options.profileName) : std::nullopt;
        if (!profile)
            co_return invalid(
                tr("There is no store profile called “%1”.").arg(options.profileName));
        co_return co_await fromProfile(*profile, options.productId);
    }
    case Store::Direct: {
        StoreProfile profile =
            StoreProfile::direct(options.dialect, options.baseUrl, options.apiVersion);
        // Named by its journal key, exactly as vitrinectl names a store given with --dialect and
        // --base-url ("shoplazza@https://HOST"): both file its staged edits under one key, so
        // what `vitrinectl --stage` kept is offered here, and the other way round.
        profile.name = Journal::storeKey(profile);
        // The environment is the only token source for a store given on the command line: the
        // resolver reads VITRINE_TOKEN first, whatever the name.
        Result<StoreTarget> target = co_await fromProfile(profile, options.productId);
        // No profile name to show: say which kind of store it is (a custom dialect by the name
        // its file gives, e.g. "acme at HOST").
        QString kind = dialectTitle(profile.dialect);
        if (!profile.customDialectFile.isEmpty()) {
            const Result<DialectDescription> file =
                DialectDescription::fromFile(profile.customDialectFile);
            if (file && !file->name.isEmpty())
                kind = file->name;
        }
        if (target.ok()) {
            target.value().displayName =
                tr("%1 at %2").arg(kind, profile.effectiveBaseUrl().host());
            target.value().reopen = options;
            target.value().reopen.productId.clear();
        }
        co_return target;
    }
    case Store::Default:
        break;
    }
    // No store chosen: the current profile, or the demo store when none is configured.
    if (m_profiles) {
        if (const auto current = m_profiles->current())
            co_return co_await fromProfile(*current, options.productId);
    }
    Result<StoreTarget> demo = startDemo(false);
    if (demo.ok())
        demo.value().productId = options.productId;
    co_return demo;
}

} // namespace vitrine
