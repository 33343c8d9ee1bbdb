#pragma once

#include <QString>

#include <optional>

namespace vitrine {

// How a store orders images when one image's position is written.
enum class OrderingSemantics {
    Absolute, // each image keeps the number it was given; the list sorts by it (generic
              // displayOrder)
    Shift,    // writing position p moves the image to p and the server renumbers the others
};

struct RateLimit {
    double requestsPerSecond = 0; // 0: no limit known
    int burst = 1;                // requests allowed at once before the rate applies (leaky bucket)
    friend bool operator==(const RateLimit &, const RateLimit &) = default;
};

// What a store's dialect can do. The UI disables what is missing and says why (whyNot).
struct StoreCapabilities {
    enum class Feature {
        ReplaceSource,
        Variants,
        DeleteAll,
        ListProducts,
        PositionOnCreate,
    };

    QString dialectName;    // "generic", "shopline", "shoplazza", "shopify", or a custom name
    int altMaxOnCreate = 0; // 0: no documented limit
    int altMaxOnUpdate = 0;
    bool canReplaceSource = true; // can an existing image's URL be changed
    bool hasVariants = false;
    bool canDeleteAll = false; // one request deletes every image of a product
    bool canListProducts = false;
    bool positionOnCreate = true;   // a create may say where the image goes
    bool fullReplaceUpdate = false; // an update must send every field (generic PUT)
    bool hasTimestamps = false;     // images carry updated_at / update_time
    // Alt text of an existing image is saved through the product, not the image (Shoplazza: its
    // image update documents only src and position). The planner then puts every alt change of a
    // product into one batched write (WriteOp::Kind::UpdateAltTexts) that costs
    // altTextBatchRequests requests however many images it names (Shoplazza: GET the product for
    // its required title, then PUT it), and an alt change no longer makes moving the image free:
    // the move is an image request of its own.
    bool altTextThroughProduct = false;
    int altTextBatchRequests = 2;
    // The position a store that renumbers (shift ordering) gives its first image: what a move
    // names to go first, and what a verify expects to read back. Every renumbering store we know
    // counts from 1 — also a generic store whose profile says it renumbers.
    int firstPosition = 1;
    // The smallest order value the store accepts when it keeps the numbers it is sent (absolute
    // ordering, e.g. the generic displayOrder from 0). Unset: firstPosition.
    std::optional<int> minPosition;
    int maxImagesPerProduct = 0; // 0: no documented limit
    OrderingSemantics ordering = OrderingSemantics::Absolute;
    // The profile or the dialect file says which ordering the store uses. When not, `ordering`
    // is the dialect's guess: a publish checks it with its first position write (OrderingProbe)
    // unless the store's positions already tell.
    bool orderingKnown = false;
    RateLimit rateLimit;

    bool supports(Feature f) const;
    // Why the store cannot do f, in words for a tooltip; empty when it can.
    QString whyNot(Feature f) const;
    // The alt text limit that applies (0: none).
    int altLimit(bool forNewImage) const { return forNewImage ? altMaxOnCreate : altMaxOnUpdate; }
    // The smallest position value the store takes (minPosition, else firstPosition).
    int lowestPosition() const { return minPosition.value_or(firstPosition); }
};

QString orderingName(OrderingSemantics s); // "absolute" / "shift"
// A dialect's name as people write it ("SHOPLINE", "Shoplazza", "Shopify", "generic REST"); a
// custom dialect's own name is kept as it is.
QString dialectTitle(const QString &dialectName);
bool parseOrdering(const QString &name, OrderingSemantics *out);

} // namespace vitrine
