#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace vitrine {

// What of a staged image differs from the store's gallery, or what a write changed. Code names
// fields through this enum, so a misspelt field does not compile; where a field must be a string
// (GalleryModel::EditedFieldsRole, vitrinectl's --json) imageFieldName() and imageFieldFromName()
// are the one mapping between the two.
enum class ImageField : unsigned {
    New = 1U << 0,      // "new": the image is not on the store yet (all of it is an edit)
    Position = 1U << 1, // "position": moved among the others (not merely shifted by other moves)
    Alt = 1U << 2,      // "alt"
    Source = 1U << 3,   // "src": the image's URL
    Variants = 1U << 4, // "variants": compared as a set
};
Q_DECLARE_FLAGS(ImageFields, ImageField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ImageFields)

// Every field, in the order lists of names give them.
inline constexpr std::array kImageFields = {ImageField::New, ImageField::Position, ImageField::Alt,
                                            ImageField::Source, ImageField::Variants};

// "new", "position", "alt", "src", "variants".
QString imageFieldName(ImageField field);
// nullopt for a name that is no field.
std::optional<ImageField> imageFieldFromName(QStringView name);

// The names of the fields set, in kImageFields order.
QStringList imageFieldNames(ImageFields fields);
// nullopt when one of names is no field.
std::optional<ImageFields> imageFieldsFromNames(const QStringList &names);

} // namespace vitrine
