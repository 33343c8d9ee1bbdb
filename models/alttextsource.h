#pragma once

#include "core/alttextproduct.h"

namespace vitrine {

class GalleryModel;

// A product as the alt text tools see it: details says what the store says about the product
// (id, title, vendor, type, variant names; its images are ignored), the model gives the staged
// gallery in display order. Used by the window's template and spreadsheet actions and by
// vitrinectl's template, export and import commands, so both judge the same values.
AltTextProduct altTextProduct(const GalleryModel &model, AltTextProduct details);

} // namespace vitrine
