#include "core/altqualityrules.h"

#include "core/differencehash.h"
#include "core/pictureduplicates.h"
#include "core/spellchecker.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

namespace vitrine {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GalleryReview)
};

using Kind = ReviewFinding::Kind;
using Severity = ReviewFinding::Severity;

ReviewFinding finding(const ReviewImage &image, Kind kind, const QString &message) {
    ReviewFinding f;
    f.kind = kind;
    f.severity = Severity::Warning;
    f.key = image.key;
    f.place = image.place;
    f.imageId = image.imageId;
    f.src = image.src;
    f.message = message;
    return f;
}

QString identity(const QString &alt) {
    return normalizedAltText(alt).simplified().toCaseFolded();
}

// The words of a text, as a word-breaking reader sees them (letters, digits, inner apostrophes).
QStringList words(const QString &text) {
    QStringList out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            const QString word = text.mid(start, end - start);
            if (std::any_of(word.cbegin(), word.cend(),
                            [](QChar c) { return c.isLetterOrNumber(); }))
                out << word;
        }
        start = end;
    }
    return out;
}

QSet<QString> foldedWords(const QString &text) {
    QSet<QString> out;
    for (const QString &word : words(text))
        out.insert(word.toCaseFolded());
    return out;
}

// "place 1, 2 and 4" style lists, short.
QString places(const QList<int> &list) {
    QStringList numbers;
    for (const int place : list)
        numbers << QString::number(place);
    return numbers.join(QStringLiteral(", "));
}

void altIsTitle(const QList<ReviewImage> &images, const ReviewOptions &options,
                QList<ReviewFinding> &out) {
    const QString title = identity(options.productTitle);
    if (title.isEmpty())
        return;
    QList<const ReviewImage *> same;
    for (const ReviewImage &image : images)
        if (identity(image.alt) == title)
            same << &image;
    if (same.size() < 2)
        return;
    for (const ReviewImage *image : std::as_const(same))
        out << finding(*image, Kind::AltIsTitle,
                       Text::tr("The alt text of image %1 is only the product's title, as on %n "
                                "other image(s): a screen reader says the same name for each. "
                                "Say what this image shows — the view, a detail, the colour.",
                                nullptr, int(same.size()) - 1)
                           .arg(image->place));
}

void redundantOpening(const QList<ReviewImage> &images, QList<ReviewFinding> &out) {
    static const QRegularExpression opening(
        QStringLiteral("^\\s*((?:an?\\s+)?(?:image|picture|photo|photograph|pic|graphic|"
                       "illustration)\\s+(?:of|showing)\\b)\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const ReviewImage &image : images) {
        const QRegularExpressionMatch match = opening.match(image.alt);
        if (!match.hasMatch())
            continue;
        QString rest = image.alt.mid(match.capturedEnd()).trimmed();
        if (!rest.isEmpty())
            rest[0] = rest.at(0).toUpper();
        const QString message =
            rest.isEmpty()
                ? Text::tr("The alt text of image %1 starts with \"%2\": screen readers already "
                           "say that it is an image. Start with what it shows.")
                      .arg(image.place)
                      .arg(match.captured(1))
                : Text::tr("The alt text of image %1 starts with \"%2\": screen readers already "
                           "say that it is an image. Start with what it shows: \"%3\".")
                      .arg(image.place)
                      .arg(match.captured(1), rest);
        out << finding(image, Kind::AltRedundantOpening, message);
    }
}

void sameOnMost(const QList<ReviewImage> &images, QList<ReviewFinding> &out) {
    const int count = int(images.size());
    if (count < 3)
        return;
    QHash<QString, QList<int>> byText; // identity -> indexes
    for (int i = 0; i < count; ++i)
        if (const QString same = identity(images.at(i).alt); !same.isEmpty())
            byText[same] << i;
    for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
        const QList<int> &indexes = it.value();
        if (indexes.size() < 3 || indexes.size() * 2 <= count)
            continue;
        QList<int> placesOf;
        for (const int i : indexes)
            placesOf << images.at(i).place;
        const ReviewImage &first = images.at(indexes.first());
        out << finding(first, Kind::AltSameOnMost,
                       Text::tr("%1 of the %2 images (%3) have the alt text \"%4\": a screen "
                                "reader user cannot tell them apart. Give each image a text that "
                                "says what it shows that the others do not.")
                           .arg(indexes.size())
                           .arg(count)
                           .arg(places(placesOf), first.alt.trimmed()));
    }
}

void missesVariant(const QList<ReviewImage> &images, QList<ReviewFinding> &out) {
    for (const ReviewImage &image : images) {
        if (image.variantNames.isEmpty() || image.alt.trimmed().isEmpty())
            continue;
        QSet<QString> variantWords;
        for (const QString &name : image.variantNames)
            for (const QString &word : words(name))
                if (word.size() >= 2 || word.at(0).isDigit())
                    variantWords.insert(word.toCaseFolded());
        if (variantWords.isEmpty() || foldedWords(image.alt).intersects(variantWords))
            continue;
        const QString names = image.variantNames.join(QStringLiteral("\", \""));
        out << finding(image, Kind::AltMissesVariant,
                       Text::tr("Image %1 shows the variant \"%2\", but its alt text names none "
                                "of its words: a shopper choosing that variant hears nothing of "
                                "it. Name the colour, material or option in the alt text.")
                           .arg(image.place)
                           .arg(names));
    }
}

// Words the dictionary cannot be expected to know: numbers, codes, acronyms, brand spellings.
bool isCheckable(const QString &word) {
    if (word.size() < 3)
        return false;
    bool upperAfterFirst = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit() || c == QLatin1Char('_'))
            return false;
        if (i > 0 && c.isUpper())
            upperAfterFirst = true;
    }
    return !upperAfterFirst; // "USB", "iPhone", "McQueen"
}

// "zeyna's" -> "zeyna": a name in the possessive is still the name.
QString withoutPossessive(const QString &word) {
    for (const QString &suffix : {QStringLiteral("'s"), QStringLiteral("’s")})
        if (word.endsWith(suffix))
            return word.chopped(suffix.size());
    return word;
}

void spelling(const QList<ReviewImage> &images, const ReviewOptions &options,
              QList<ReviewFinding> &out) {
    if (!options.spelling)
        return;
    QHash<QString, bool> known; // this run's answers (the checker is asked once per word)
    for (const ReviewImage &image : images) {
        // The product's own words are names: the title and the variants are never misspelt.
        QSet<QString> ownWords = foldedWords(options.productTitle);
        for (const QString &name : image.variantNames)
            ownWords.unite(foldedWords(name));
        QStringList unknown;
        for (const QString &word : words(image.alt)) {
            if (!isCheckable(word) || ownWords.contains(withoutPossessive(word.toCaseFolded())) ||
                unknown.contains(word))
                continue;
            auto it = known.find(word);
            if (it == known.end())
                it = known.insert(word, options.spelling->isCorrect(word));
            if (!*it)
                unknown << word;
        }
        if (unknown.isEmpty())
            continue;
        QStringList described;
        for (const QString &word : std::as_const(unknown)) {
            const QStringList suggestions = options.spelling->suggestions(word, 3);
            described << (suggestions.isEmpty()
                              ? QStringLiteral("\"%1\"").arg(word)
                              : Text::tr("\"%1\" (did you mean \"%2\"?)")
                                    .arg(word, suggestions.join(QStringLiteral(R"(", ")"))));
        }
        out << finding(
            image, Kind::AltSpelling,
            Text::tr("The alt text of image %1 has %n word(s) the %2 dictionary does "
                     "not know: %3. Correct the spelling — or leave it when it is a "
                     "name.",
                     nullptr, int(unknown.size()))
                .arg(image.place)
                .arg(options.spelling->language(), described.join(QStringLiteral(", "))));
    }
}

} // namespace

QList<ReviewFinding> AltQualityRules::run(const QList<ReviewImage> &images,
                                          const ReviewOptions &options) {
    QList<ReviewFinding> out;
    altIsTitle(images, options, out);
    redundantOpening(images, out);
    sameOnMost(images, out);
    missesVariant(images, out);
    spelling(images, options, out);
    return out;
}

QList<ReviewFinding> DuplicatePictureRule::run(const QList<ReviewImage> &images) {
    QList<PictureFingerprint> prints;
    QList<const ReviewImage *> imageOf;
    for (const ReviewImage &image : images) {
        if (!image.pictureHash)
            continue;
        prints << PictureFingerprint{{}, image.key, image.place, image.src, *image.pictureHash};
        imageOf << &image;
    }
    QList<ReviewFinding> out;
    for (const PicturePair &pair :
         PictureDuplicates::find(prints, DifferenceHash::kSamePictureDistance)) {
        const ReviewImage &earlier = *imageOf.at(pair.first);
        const ReviewImage &later = *imageOf.at(pair.second);
        ReviewFinding f = finding(
            later, Kind::DuplicatePicture,
            Text::tr("Image %1 shows the same picture as image %2, under another address (a "
                     "re-upload or a copy): shoppers see it twice. Delete the later copy, image "
                     "%1, unless it is meant to be there.")
                .arg(later.place)
                .arg(earlier.place));
        f.relatedKey = earlier.key;
        f.relatedPlace = earlier.place;
        out << f;
    }
    return out;
}

} // namespace vitrine
