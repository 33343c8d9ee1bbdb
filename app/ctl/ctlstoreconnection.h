#pragma once

#include "app/ctl/ctlcontext.h"
#include "app/ctl/ctlinvocation.h"
#include "app/ctl/ctlstoreresolver.h"
#include "core/storeerror.h"

#include <QCoroTask>

#include <memory>

namespace vitrine {

class CtlConsole;
class StoreClient;

// An open line to one store for one command: the StoreClient, with the pipeline's waits and
// retries reported as progress on stderr, and store failures turned into vitrinectl's message
// and exit code.
class CtlStoreConnection {
public:
    struct Opened {
        std::unique_ptr<CtlStoreConnection> connection; // null when exit != Ok
        CtlExit exit = CtlExit::Ok;
    };
    // Resolves the store choice and opens a usable connection, or prints why not (unknown
    // profile, invalid address, unreadable dialect file) and says which exit code that is.
    static QCoro::Task<Opened> open(CtlContext context, CtlStoreChoice choice);

    CtlStoreConnection(CtlStoreTarget target, CtlConsole *console);
    ~CtlStoreConnection();
    CtlStoreConnection(const CtlStoreConnection &) = delete;
    CtlStoreConnection &operator=(const CtlStoreConnection &) = delete;

    StoreClient &client() const;
    const CtlStoreTarget &target() const { return m_target; }

    // Why the client cannot work at all (unknown dialect, unreadable custom dialect file): the
    // message is printed and CtlExit::Usage returned; CtlExit::Ok when the client is usable.
    CtlExit checkSetup() const;
    // Prints the error's sentence (StoreError::userMessage) — with a hint where the token is
    // missing or refused — and returns CtlExit::Failed.
    CtlExit fail(const StoreError &error) const;
    // The sentence fail() prints.
    QString describe(const StoreError &error) const;

private:
    CtlStoreTarget m_target;
    CtlConsole *m_console;
    std::unique_ptr<StoreClient> m_client;
};

} // namespace vitrine
