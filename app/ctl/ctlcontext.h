#pragma once

#include <memory>

namespace vitrine {

class CtlConsole;
class CtlInterrupt;
class CtlStoreResolver;
class Journal;
class ProfileStore;
class TokenResolver;

// What every vitrinectl command needs from its surroundings. main() builds the real ones (the
// app's QSettings, keychain, stdout/stderr); tests may build others. Nothing here is owned.
struct CtlContext {
    CtlConsole *console = nullptr;
    ProfileStore *profiles = nullptr;
    std::shared_ptr<TokenResolver> tokens; // the profiles' token stores (for profiles remove)
    CtlStoreResolver *stores = nullptr;
    Journal *journal = nullptr;        // opened by the commands that need it (openJournal)
    CtlInterrupt *interrupt = nullptr; // Ctrl+C stops a publish cleanly (may be null)
};

// Opens the context's journal if it is not open yet; says on stderr when it had to be
// recovered, and returns false (with the reason printed) when it cannot be used at all.
bool openJournal(const CtlContext &context);

} // namespace vitrine
