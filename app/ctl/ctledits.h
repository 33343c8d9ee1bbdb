#pragma once

#include "app/ctl/ctlinvocation.h"

#include <QString>

namespace vitrine {

class EditSession;

// Turns an editing command (add, set-alt, reorder, delete) into edits of an EditSession, so it
// is validated exactly as in the app (the store's alt limits, URL rules, what the store can do)
// and planned by the same planner. Pure: no network, no journal.
class CtlEdits {
public:
    struct Outcome {
        bool ok = false;
        QString message;  // refused: why, in a sentence; ok: what was staged
        QString addedKey; // add: the new image's local key ("new:1")
    };

    // The session must hold the product's gallery (staged edits included).
    //  add      --position N is the place in the display order, 1 = first; past the end appends
    //  set-alt  IMAGE is a store id, or the local key of an image added but not yet published
    //  reorder  the named images first, in the order given; the others keep their relative
    //           order after them
    //  delete   the named images, or all of them (--all)
    static Outcome apply(EditSession &session, const CtlInvocation &invocation);
};

} // namespace vitrine
