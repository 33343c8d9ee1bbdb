#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace vitrine {

class SimCatalog;

// The demo store's products and images, the same in every dialect (only the ids differ). The
// catalog is built to give the app and its QA tools something to find: images without alt text,
// one alt text far over every store's limit, a duplicate URL, a 40x40 picture, and one image whose
// file does not exist on the image host. Display order differs from creation order for the desk
// lamp, so a client that forgets to sort is caught.
class DemoSeed {
public:
    // Replaces the catalog's content with the demo data. `imageUrl` maps a file name of
    // resources/demo to its URL on the image host.
    static void seed(SimCatalog &catalog, const std::function<QString(const QString &)> &imageUrl);

    // Files served by the image host (resources/demo).
    static QStringList imageFiles();
    // The file a demo image points at that the image host does not have.
    static QString brokenImageFile();
};

} // namespace vitrine
