#pragma once

#include <QString>

#include <functional>

namespace vitrine {

class SimCatalog;

// A generated catalog the size of a real store (the catalog benchmark's 2,000 products and 20,000
// images), the same in every dialect but for the ids, and the same on every run. It carries every
// problem the audit looks for, spread over the catalog at fixed strides (docs/simulator.md):
// missing alt text, alt text that is a file name, over 512 characters or merely verbose, the same
// alt text twice in a gallery, the same picture twice, a picture the image host does not have and
// a 40×40 one. Each image's address is one of the demo pictures with a query naming the product
// and place, so addresses differ while the image host serves them all.
class LargeSeed {
public:
    struct Options {
        int products = 2000;
        int imagesPerProduct = 10;
    };

    // Replaces the catalog's content. `imageUrl` maps a demo file name to its URL on the image
    // host. Built already normalized (positions 1..n in creation order, valid for both ordering
    // semantics), so seeding 20,000 images takes no quadratic pass.
    static void seed(SimCatalog &catalog, const Options &options,
                     const std::function<QString(const QString &)> &imageUrl);

    // How many images of a seed carry no alt text (for tests that check the audit's counts).
    static int missingAltCount(const Options &options);
};

} // namespace vitrine
