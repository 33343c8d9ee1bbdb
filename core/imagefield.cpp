#include "core/imagefield.h"

#include <QLatin1String>

#include <utility>

namespace vitrine {

namespace {
// The one table of names: journal-stable, shown in vitrinectl --json. Never rename one.
constexpr std::array<std::pair<ImageField, QLatin1String>, kImageFields.size()> kNames = {{
    {ImageField::New, QLatin1String("new")},
    {ImageField::Position, QLatin1String("position")},
    {ImageField::Alt, QLatin1String("alt")},
    {ImageField::Source, QLatin1String("src")},
    {ImageField::Variants, QLatin1String("variants")},
}};
} // namespace

QString imageFieldName(ImageField field) {
    for (const auto &[f, name] : kNames)
        if (f == field)
            return name.toString();
    return {};
}

std::optional<ImageField> imageFieldFromName(QStringView name) {
    for (const auto &[f, n] : kNames)
        if (name == n)
            return f;
    return std::nullopt;
}

QStringList imageFieldNames(ImageFields fields) {
    QStringList names;
    for (const ImageField field : kImageFields)
        if (fields.testFlag(field))
            names << imageFieldName(field);
    return names;
}

std::optional<ImageFields> imageFieldsFromNames(const QStringList &names) {
    ImageFields fields;
    for (const QString &name : names) {
        const std::optional<ImageField> field = imageFieldFromName(name);
        if (!field)
            return std::nullopt;
        fields |= *field;
    }
    return fields;
}

} // namespace vitrine
