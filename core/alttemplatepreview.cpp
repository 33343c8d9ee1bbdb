#include "core/alttemplatepreview.h"

#include "core/placeholderalt.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace vitrine {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AltTemplatePreview)
};

QString identity(const QString &alt) {
    return normalizedAltText(alt).simplified().toCaseFolded();
}

// The text an image gets, or nullopt when the mode leaves it alone.
std::optional<QString> written(AltWriteMode mode, const QString &before, const QString &rendered) {
    const QString old = before.trimmed();
    switch (mode) {
    case AltWriteMode::Empty:
        if (!old.isEmpty())
            return std::nullopt;
        return rendered;
    case AltWriteMode::Replace:
        return rendered;
    case AltWriteMode::Append:
        if (old.isEmpty())
            return rendered;
        // Applying the same template twice does not append it twice.
        if (old.endsWith(rendered, Qt::CaseInsensitive))
            return old;
        return old + QLatin1Char(' ') + rendered;
    }
    return std::nullopt;
}

} // namespace

QString altWriteModeName(AltWriteMode mode) {
    switch (mode) {
    case AltWriteMode::Empty:
        return QStringLiteral("empty");
    case AltWriteMode::Replace:
        return QStringLiteral("replace");
    case AltWriteMode::Append:
        return QStringLiteral("append");
    }
    return {};
}

std::optional<AltWriteMode> parseAltWriteMode(const QString &name) {
    for (const AltWriteMode mode :
         {AltWriteMode::Empty, AltWriteMode::Replace, AltWriteMode::Append})
        if (name.trimmed().compare(altWriteModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    return std::nullopt;
}

AltTemplatePreview AltTemplatePreview::compute(const QList<AltTextProduct> &products,
                                               const AltTemplate &altTemplate, AltWriteMode mode,
                                               Limits limits, const ImageScope *scope) {
    AltTemplatePreview preview;
    using Flag = AltTemplateChange::Flag;
    // What the template needs: the variant label and the file's words cost a little per image.
    const QList<AltTemplate::Field> used = altTemplate.fields();
    const bool needsVariant = used.contains(AltTemplate::Field::Variant);
    const bool needsFile = used.contains(AltTemplate::Field::File);
    for (const AltTextProduct &product : products) {
        const int count = int(product.images.size());
        const QSet<QString> *keys = nullptr;
        if (scope) {
            const auto it = scope->constFind(product.id);
            if (it == scope->cend() || it->isEmpty())
                continue;
            keys = &it.value();
            preview.m_images += int(std::count_if(
                product.images.cbegin(), product.images.cend(),
                [keys](const StagedImage &image) { return keys->contains(image.key); }));
        } else {
            preview.m_images += count;
        }
        ++preview.m_products;
        // The gallery's texts once the template is applied (compared as duplicate-alt compares).
        QList<QString> after(count);
        QList<qsizetype> changeIndex(count, -1);
        AltTemplateFields fields;
        fields.title = product.title;
        fields.vendor = product.vendor;
        fields.productType = product.productType;
        fields.count = count;
        for (int row = 0; row < count; ++row) {
            const StagedImage &image = product.images.at(row);
            after[row] = identity(image.image.alt);
            if (keys && !keys->contains(image.key))
                continue; // not chosen: only its text counts, for the duplicate check
            fields.place = row + 1;
            if (needsVariant)
                fields.variant = AltTemplate::variantLabel(product.variants.namesOf(image.image));
            if (needsFile)
                fields.file = AltTemplate::fileWords(image.image.src);
            const QString rendered = normalizedAltText(altTemplate.render(fields));
            if (rendered.isEmpty()) {
                ++preview.m_emptyResults;
                continue;
            }
            const std::optional<QString> text = written(mode, image.image.alt, rendered);
            if (!text) {
                ++preview.m_keptByMode;
                continue;
            }
            if (*text == image.image.alt) {
                ++preview.m_unchanged;
                continue;
            }
            AltTemplateChange change;
            change.productId = product.id;
            change.productTitle = product.title;
            change.key = image.key;
            change.imageId = image.isNew ? QString() : image.image.id;
            change.place = row + 1;
            change.src = image.image.src;
            change.before = image.image.alt;
            change.after = *text;
            change.length = altTextLength(*text);
            change.limit = image.isNew ? limits.onCreate : limits.onUpdate;
            if (change.limit > 0 && change.length > change.limit)
                change.flags |= Flag::OverLimit;
            if (looksLikeFileName(*text, image.image.src))
                change.flags |= Flag::PlaceholderLike;
            for (const AltTemplate::Field field : used) {
                const QString *value = nullptr;
                switch (field) {
                case AltTemplate::Field::Title:
                    value = &fields.title;
                    break;
                case AltTemplate::Field::Variant:
                    value = &fields.variant;
                    break;
                case AltTemplate::Field::Vendor:
                    value = &fields.vendor;
                    break;
                case AltTemplate::Field::Type:
                    value = &fields.productType;
                    break;
                case AltTemplate::Field::File:
                    value = &fields.file;
                    break;
                case AltTemplate::Field::Place:
                case AltTemplate::Field::Count:
                    break; // never empty
                }
                if (value && value->trimmed().isEmpty())
                    change.emptyPlaceholders << QLatin1Char('{') +
                                                    AltTemplate::placeholderNames().at(int(field)) +
                                                    QLatin1Char('}');
            }
            after[row] = identity(*text);
            changeIndex[row] = preview.m_changes.size();
            preview.m_changes << change;
        }
        // Each changed image against the first other image with its text.
        QHash<QString, QList<int>> placesOfText;
        for (int row = 0; row < count; ++row)
            if (!after.at(row).isEmpty())
                placesOfText[after.at(row)] << row + 1;
        for (int row = 0; row < count; ++row) {
            if (changeIndex.at(row) < 0)
                continue;
            const QList<int> &places = placesOfText.value(after.at(row));
            if (places.size() < 2)
                continue;
            AltTemplateChange &change = preview.m_changes[changeIndex.at(row)];
            change.flags |= Flag::DuplicateInGallery;
            change.duplicateOfPlace = places.first() != row + 1 ? places.first() : places.at(1);
        }
    }
    return preview;
}

int AltTemplatePreview::flagged(AltTemplateChange::Flag flag) const {
    return int(
        std::count_if(m_changes.cbegin(), m_changes.cend(),
                      [flag](const AltTemplateChange &c) { return c.flags.testFlag(flag); }));
}

int AltTemplatePreview::withEmptyPlaceholders() const {
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(), [](const AltTemplateChange &c) {
        return !c.emptyPlaceholders.isEmpty();
    }));
}

int AltTemplatePreview::stageableCount() const {
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(),
                             [](const AltTemplateChange &c) { return c.stageable(); }));
}

QString AltTemplatePreview::summary() const {
    using Flag = AltTemplateChange::Flag;
    const int changes = int(m_changes.size());
    QString out = m_products == 1
                      ? Text::tr("%n image(s) would change.", nullptr, changes)
                      : Text::tr("%n image(s) would change", nullptr, changes) + QLatin1Char(' ') +
                            Text::tr("in %n product(s).", nullptr, m_products);
    QStringList notes;
    if (const int n = flagged(Flag::OverLimit))
        notes << Text::tr("%n over the store's limit (not staged)", nullptr, n);
    if (const int n = flagged(Flag::DuplicateInGallery))
        notes << Text::tr("%n the same as another image of the gallery", nullptr, n);
    if (const int n = flagged(Flag::PlaceholderLike))
        notes << Text::tr("%n that look(s) like a placeholder", nullptr, n);
    if (const int n = withEmptyPlaceholders())
        notes << Text::tr("%n with a placeholder the store gives nothing for (left out)", nullptr,
                          n);
    if (m_keptByMode > 0)
        notes << Text::tr("%n kept because it has text already", nullptr, m_keptByMode);
    if (m_emptyResults > 0)
        notes << Text::tr("%n for which the template gives no text", nullptr, m_emptyResults);
    if (!notes.isEmpty())
        out += QLatin1Char(' ') +
               Text::tr("Flagged or left alone: %1.").arg(notes.join(QStringLiteral("; ")));
    return out;
}

} // namespace vitrine
