#include "models/alttextsource.h"

#include "models/gallerymodel.h"

namespace vitrine {

AltTextProduct altTextProduct(const GalleryModel &model, AltTextProduct details) {
    details.images = model.rows();
    return details;
}

} // namespace vitrine
