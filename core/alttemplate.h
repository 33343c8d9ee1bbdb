#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace vitrine {

// What a template fills one image's alt text from.
struct AltTemplateFields {
    QString title;       // {title}: the product's title
    QString variant;     // {variant}: the image's variant names (AltTemplate::variantLabel)
    int place = 0;       // {place}: 1-based place in the gallery
    int count = 0;       // {count}: images in the gallery
    QString vendor;      // {vendor}: where the store gives one
    QString productType; // {type}: where the store gives one
    QString file;        // {file}: the file name stem in words (AltTemplate::fileWords)
};

// An alt text template such as "{title} – {variant}, view {place} of {count}" (docs/alttext.md).
// Placeholders are {title} {variant} {place} {count} {vendor} {type} {file}; "[…]" is an optional
// part, left out when a placeholder in it is empty ("{title}[ in {variant}]"); "{{", "}}", "[["
// and "]]" are the characters themselves. Where a placeholder outside an optional part is empty,
// the separator before it goes too ("{title} – {variant}" is "Shirt" for an image with no
// variant, not "Shirt – "). Immutable; parse() checks everything once, render() cannot fail.
class AltTemplate {
public:
    enum class Field { Title, Variant, Place, Count, Vendor, Type, File };

    AltTemplate(); // the empty template (valid, renders "")
    // A parsed template; isValid() false with error() set when the text is not one.
    static AltTemplate parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    // Why the text is not a template, in a sentence naming the place ("… at character 12 …").
    QString error() const { return m_error; }
    QString text() const { return m_text; }
    // The placeholders used, in order of first use.
    QList<Field> fields() const;

    QString render(const AltTemplateFields &fields) const;

    // "title", "variant", …: the placeholder names, in the order of Field.
    static QStringList placeholderNames();
    // What {variant} says for an image linked to these variants: the one variant's name; for
    // several ("Red / S", "Red / M"), the option values they share ("Red"), or else their names
    // joined by commas; empty for none.
    static QString variantLabel(const QStringList &variantNames);
    // What {file} says for an image address: the file name without extension, '-' and '_' as
    // spaces ("https://cdn/x/blue-linen_shirt.jpg?v=2" -> "blue linen shirt").
    static QString fileWords(const QString &src);

private:
    struct Token;
    QString m_text;
    QString m_error;
    std::shared_ptr<const std::vector<Token>> m_tokens;
};

} // namespace vitrine
