#include "app/ctl/profilecommands.h"

#include "app/ctl/ctlconsole.h"
#include "app/ctl/ctlformat.h"
#include "app/ctl/ctlstoreresolver.h"
#include "net/dialectfactory.h"
#include "net/profilestore.h"
#include "net/storedialect.h"
#include "net/tokenresolver.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

// The burst of a rate given as --rate N/s: the dialect's own burst where it documents one (a
// store's bucket size does not change with the pace we choose), else one second's worth.
int burstFor(const StoreProfile &profile, double requestsPerSecond) {
    const auto dialect = DialectFactory::create(profile);
    if (dialect.ok() && dialect.value()->capabilities().rateLimit.burst > 1)
        return dialect.value()->capabilities().rateLimit.burst;
    return std::max(1, int(std::ceil(requestsPerSecond)));
}

} // namespace

QCoro::Task<CtlExit> ProfileCommands::list(CtlContext context, CtlInvocation invocation) {
    const QList<StoreProfile> profiles = context.profiles->profiles();
    const QString current = context.profiles->currentName();
    if (invocation.json) {
        context.console->print(CtlFormat::json(CtlFormat::profilesJson(profiles, current)));
    } else if (profiles.isEmpty()) {
        context.console->progress(
            Text::tr("No store profiles yet; add one with 'vitrinectl profiles add'."));
    } else {
        context.console->print(CtlFormat::profilesText(profiles, current));
    }
    co_return CtlExit::Ok;
}

QCoro::Task<CtlExit> ProfileCommands::add(CtlContext context, CtlInvocation invocation) {
    CtlStoreChoice where;
    where.kind = CtlStoreChoice::Kind::Direct;
    where.dialect = invocation.profileDialect;
    where.baseUrl = invocation.profileBaseUrl;
    where.apiVersion = invocation.profileApiVersion;
    StoreProfile profile = CtlStoreResolver::directProfile(where);
    profile.name = invocation.profileName;
    // The profile outlives this shell's working directory.
    if (!profile.customDialectFile.isEmpty())
        profile.customDialectFile = QFileInfo(profile.customDialectFile).absoluteFilePath();
    profile.ordering = invocation.profileOrdering;
    if (invocation.profileRate)
        profile.rateLimit =
            RateLimit{*invocation.profileRate, burstFor(profile, *invocation.profileRate)};

    // A custom dialect file that cannot be read would only fail later, at the first command.
    const auto dialect = DialectFactory::create(profile);
    if (!dialect.ok()) {
        context.console->error(dialect.error().storeMessage.isEmpty()
                                   ? dialect.error().userMessage()
                                   : dialect.error().storeMessage);
        co_return CtlExit::Usage;
    }
    const QStringList problems = context.profiles->add(profile);
    if (!problems.isEmpty()) {
        context.console->error(problems.join(QLatin1Char(' ')));
        co_return CtlExit::Usage;
    }
    const bool madeCurrent = context.profiles->currentName().isEmpty() &&
                             context.profiles->setCurrent(profile.name).isEmpty();
    context.console->print(
        Text::tr("Added store profile \"%1\" (%2, %3)%4.\n")
            .arg(profile.name,
                 profile.dialect == QLatin1String("custom") ? profile.customDialectFile
                                                            : profile.dialect,
                 profile.baseUrl.toString(),
                 madeCurrent ? Text::tr("; it is the current profile") : QString()));
    context.console->progress(
        Text::tr(
            "Its token is not set here: vitrinectl reads VITRINE_TOKEN, or the token saved for "
            "\"%1\" in the Vitrine app (system keychain).")
            .arg(profile.name));
    co_return CtlExit::Ok;
}

QCoro::Task<CtlExit> ProfileCommands::remove(CtlContext context, CtlInvocation invocation) {
    if (!context.profiles->contains(invocation.profileName)) {
        context.console->error(
            Text::tr("There is no store profile called \"%1\".").arg(invocation.profileName));
        co_return CtlExit::Usage;
    }
    const QStringList problems = context.profiles->remove(invocation.profileName);
    if (!problems.isEmpty()) {
        context.console->error(problems.join(QLatin1Char(' ')));
        co_return CtlExit::Failed;
    }
    context.console->print(Text::tr("Removed store profile \"%1\".\n").arg(invocation.profileName));
    if (context.tokens) {
        const TokenResult forgotten = co_await context.tokens->forget(invocation.profileName);
        if (!forgotten.ok())
            context.console->progress(
                Text::tr("Its saved token could not be removed: %1").arg(forgotten.message));
    }
    co_return CtlExit::Ok;
}

} // namespace vitrine
