#include "core/galleryreview.h"

#include "core/altqualityrules.h"
#include "core/csv.h"
#include "core/placeholderalt.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace vitrine {

namespace {

// This file's texts, translated in the "GalleryReview" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GalleryReview)
};

// Two spellings of one address are one image: the host's case and a fragment do not matter.
QString imageIdentity(const QString &src) {
    const QUrl url(src.trimmed());
    if (!url.isValid())
        return src.trimmed();
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments)
        .toString(QUrl::FullyEncoded);
}

QString altIdentity(const QString &alt) {
    return normalizedAltText(alt).simplified().toCaseFolded();
}

} // namespace

QString ReviewFinding::kindName(Kind kind) {
    switch (kind) {
    case Kind::MissingAlt:
        return QStringLiteral("missing-alt");
    case Kind::AltTooLong:
        return QStringLiteral("alt-too-long");
    case Kind::AltVerbose:
        return QStringLiteral("alt-verbose");
    case Kind::AltLooksLikeFileName:
        return QStringLiteral("alt-looks-like-file-name");
    case Kind::DuplicateAlt:
        return QStringLiteral("duplicate-alt");
    case Kind::DuplicateImage:
        return QStringLiteral("duplicate-image");
    case Kind::BrokenImage:
        return QStringLiteral("broken-image");
    case Kind::TinyImage:
        return QStringLiteral("tiny-image");
    case Kind::AltIsTitle:
        return QStringLiteral("alt-is-title");
    case Kind::AltRedundantOpening:
        return QStringLiteral("alt-redundant-opening");
    case Kind::AltSameOnMost:
        return QStringLiteral("alt-same-on-most");
    case Kind::AltMissesVariant:
        return QStringLiteral("alt-misses-variant");
    case Kind::AltSpelling:
        return QStringLiteral("alt-spelling");
    case Kind::DuplicatePicture:
        return QStringLiteral("duplicate-picture");
    case Kind::DuplicatePictureAcrossProducts:
        return QStringLiteral("duplicate-picture-across-products");
    }
    return {};
}

QString ReviewFinding::severityName(Severity severity) {
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QList<ReviewFinding> GalleryReview::run(const QList<ReviewImage> &images,
                                        const ReviewOptions &options) {
    IncrementalReview review;
    return review.run(images, options);
}

void IncrementalReview::clear() {
    m_judged.clear();
}

IncrementalReview::Judged IncrementalReview::judge(const ReviewImage &image,
                                                   const ReviewOptions &options) {
    Judged judged;
    judged.input = image;
    using Kind = ReviewFinding::Kind;
    using Severity = ReviewFinding::Severity;
    auto add = [&image](QList<ReviewFinding> &to, Kind kind, Severity severity,
                        const QString &message) {
        to << ReviewFinding{kind,          severity,  image.key, image.place,
                            image.imageId, image.src, message};
    };

    const QString alt = image.alt.trimmed();
    const int limit = image.isNew ? options.altLimitOnCreate : options.altLimitOnUpdate;
    if (alt.isEmpty()) {
        add(judged.altFindings, Kind::MissingAlt, Severity::Error,
            Text::tr("Image %1 has no alt text: screen readers and search engines cannot tell what "
                     "it shows.")
                .arg(image.place));
    } else if (limit > 0 && altTextLength(image.alt) > limit) {
        add(judged.altFindings, Kind::AltTooLong, Severity::Error,
            Text::tr("The alt text of image %1 has %2 characters; the store accepts at most %3.")
                .arg(image.place)
                .arg(altTextLength(image.alt))
                .arg(limit));
    } else if (options.recommendedAltLength > 0 &&
               altTextLength(image.alt) > options.recommendedAltLength) {
        add(judged.altFindings, Kind::AltVerbose, Severity::Warning,
            Text::tr("The alt text of image %1 has %2 characters; screen readers read all of it, "
                     "so about %3 or fewer is easier to listen to.")
                .arg(image.place)
                .arg(altTextLength(image.alt))
                .arg(options.recommendedAltLength));
    }
    if (looksLikeFileName(image.alt, image.src)) {
        add(judged.altFindings, Kind::AltLooksLikeFileName, Severity::Warning,
            Text::tr("The alt text of image %1 (\"%2\") looks like a file name or a placeholder; "
                     "describe what the image shows.")
                .arg(image.place)
                .arg(alt));
    }
    if (!alt.isEmpty())
        judged.altIdentity = altIdentity(image.alt);
    judged.imageIdentity = imageIdentity(image.src);
    if (image.load == ReviewImage::Load::Broken) {
        add(judged.loadFindings, Kind::BrokenImage, Severity::Error,
            image.loadError.isEmpty() ? Text::tr("Image %1 could not be loaded.").arg(image.place)
                                      : Text::tr("Image %1 could not be loaded: %2")
                                            .arg(image.place)
                                            .arg(image.loadError));
    } else if (image.load == ReviewImage::Load::Loaded && image.size.isValid() &&
               options.minimumSide > 0 &&
               std::min(image.size.width(), image.size.height()) < options.minimumSide) {
        add(judged.loadFindings, Kind::TinyImage, Severity::Warning,
            Text::tr("Image %1 is only %2 × %3 pixels (at least %4 on each side looks sharp when "
                     "zoomed).")
                .arg(image.place)
                .arg(image.size.width())
                .arg(image.size.height())
                .arg(options.minimumSide));
    }
    return judged;
}

QList<ReviewFinding> IncrementalReview::run(const QList<ReviewImage> &images,
                                            const ReviewOptions &options) {
    if (!(options == m_options)) {
        m_judged.clear();
        m_options = options;
    }
    QHash<QString, Judged> judgedNow;
    judgedNow.reserve(images.size());
    QList<ReviewFinding> findings;
    QHash<QString, int> firstPlaceOfImage; // identity -> place of its first occurrence
    QHash<QString, int> firstPlaceOfAlt;
    using Kind = ReviewFinding::Kind;
    using Severity = ReviewFinding::Severity;

    for (const ReviewImage &image : images) {
        auto kept = m_judged.find(image.key);
        Judged judged = kept != m_judged.end() && kept->input == image ? std::move(*kept)
                                                                       : judge(image, options);
        findings += judged.altFindings;
        auto add = [&](Kind kind, const QString &message) {
            findings << ReviewFinding{kind,          Severity::Warning, image.key, image.place,
                                      image.imageId, image.src,         message};
        };
        if (!judged.altIdentity.isEmpty()) {
            if (const auto it = firstPlaceOfAlt.constFind(judged.altIdentity);
                it != firstPlaceOfAlt.cend()) {
                add(Kind::DuplicateAlt, Text::tr("Image %1 has the same alt text as image %2.")
                                            .arg(image.place)
                                            .arg(*it));
            } else {
                firstPlaceOfAlt.insert(judged.altIdentity, image.place);
            }
        }
        if (const auto it = firstPlaceOfImage.constFind(judged.imageIdentity);
            it != firstPlaceOfImage.cend()) {
            add(Kind::DuplicateImage,
                Text::tr("Image %1 is the same image (same address) as image %2.")
                    .arg(image.place)
                    .arg(*it));
        } else {
            firstPlaceOfImage.insert(judged.imageIdentity, image.place);
        }
        findings += judged.loadFindings;
        judgedNow.emplace(image.key, std::move(judged));
    }
    // The rules that look at the gallery as a whole, in their own files; the findings stay in
    // gallery order.
    findings += AltQualityRules::run(images, options);
    findings += DuplicatePictureRule::run(images);
    std::stable_sort(
        findings.begin(), findings.end(),
        [](const ReviewFinding &a, const ReviewFinding &b) { return a.place < b.place; });
    // Only the images of this gallery are kept: removed ones are forgotten.
    m_judged = std::move(judgedNow);
    return findings;
}

QString GalleryReview::summary(const QList<ReviewFinding> &findings) {
    if (findings.isEmpty())
        return Text::tr("No problems found.");
    const int errors = int(std::count_if(findings.cbegin(), findings.cend(), [](const auto &f) {
        return f.severity == ReviewFinding::Severity::Error;
    }));
    const int warnings = int(findings.size()) - errors;
    if (errors == 0)
        return Text::tr("%n warning(s).", nullptr, warnings);
    if (warnings == 0)
        return Text::tr("%n error(s).", nullptr, errors);
    return Text::tr("%1 and %2.")
        .arg(Text::tr("%n error(s)", nullptr, errors),
             Text::tr("%n warning(s)", nullptr, warnings));
}

int GalleryReview::unjudged(const QList<ReviewImage> &images) {
    return int(std::count_if(images.cbegin(), images.cend(), [](const ReviewImage &image) {
        return image.load == ReviewImage::Load::Unknown;
    }));
}

QByteArray GalleryReview::toCsv(const QList<ReviewFinding> &findings) {
    QString out = Csv::line({QStringLiteral("place"), QStringLiteral("image id"),
                             QStringLiteral("severity"), QStringLiteral("problem"),
                             QStringLiteral("message"), QStringLiteral("image url")});
    for (const ReviewFinding &f : findings) {
        out +=
            Csv::line({QString::number(f.place), f.imageId, ReviewFinding::severityName(f.severity),
                       ReviewFinding::kindName(f.kind), f.message, f.src});
    }
    return out.toUtf8();
}

QByteArray GalleryReview::toJson(const QList<ReviewFinding> &findings, const QString &productId,
                                 const QString &productTitle, int imageCount) {
    QJsonArray list;
    for (const ReviewFinding &f : findings) {
        list.append(QJsonObject{
            {QStringLiteral("place"), f.place},
            {QStringLiteral("imageId"), f.imageId},
            {QStringLiteral("severity"), ReviewFinding::severityName(f.severity)},
            {QStringLiteral("problem"), ReviewFinding::kindName(f.kind)},
            {QStringLiteral("message"), f.message},
            {QStringLiteral("src"), f.src},
        });
    }
    const QJsonObject product{{QStringLiteral("id"), productId},
                              {QStringLiteral("title"), productTitle},
                              {QStringLiteral("images"), imageCount}};
    const QJsonObject root{{QStringLiteral("product"), product},
                           {QStringLiteral("summary"), summary(findings)},
                           {QStringLiteral("findings"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace vitrine
