#include "core/validation.h"

#include <QCoreApplication>
#include <QUrl>

namespace vitrine {

namespace {
// This file's texts, translated in the "Validation" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// The first control character of text (category Cc, plus the line and paragraph separators that
// break a line just like \n), or -1.
qsizetype firstControlCharacter(const QString &text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return i;
    }
    return -1;
}

QString describeCharacter(QChar c) {
    switch (c.unicode()) {
    case '\t':
        return Text::tr("a tab");
    case '\n':
    case '\r':
    case 0x2028:
    case 0x2029:
        return Text::tr("a line break");
    default:
        return Text::tr("a control character (U+%1)")
            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
}
} // namespace

QString normalizedAltText(const QString &text) {
    return text.normalized(QString::NormalizationForm_C);
}

int altTextLength(const QString &text) {
    return int(normalizedAltText(text).size());
}

ValidationResult validateAltText(const QString &text, int limit) {
    const QString nfc = normalizedAltText(text);
    if (const qsizetype at = firstControlCharacter(nfc); at >= 0)
        return ValidationResult::failure(
            Text::tr("Alt text cannot contain %1; write it as one line.")
                .arg(describeCharacter(nfc.at(at))));
    if (limit > 0 && nfc.size() > limit)
        return ValidationResult::failure(
            Text::tr("Alt text is %1 characters long; this store accepts at most %2 (%3 too many).")
                .arg(nfc.size())
                .arg(limit)
                .arg(nfc.size() - limit));
    return {};
}

QString absoluteImageUrl(const QString &text) {
    QString s = text.trimmed(); // not const: returned, it is moved
    if (s.startsWith(QLatin1String("//")))
        return QStringLiteral("https:") + s;
    return s;
}

ValidationResult validateImageUrl(const QString &text) {
    const QString s = text.trimmed();
    if (s.isEmpty())
        return ValidationResult::failure(
            Text::tr("Enter the image's web address (http:// or https://)."));
    if (s.size() > kMaxImageUrlLength)
        return ValidationResult::failure(
            Text::tr("The address is %1 characters long; at most %2 are accepted.")
                .arg(s.size())
                .arg(kMaxImageUrlLength));
    for (const QChar c : s) {
        if (c.isSpace())
            return ValidationResult::failure(
                Text::tr("The address contains a space; spaces must be written as %20."));
        if (c.category() == QChar::Other_Control)
            return ValidationResult::failure(Text::tr("The address contains a control character."));
    }
    // "//cdn.example.com/a.jpg" (how Shoplazza writes its sources) is taken as https.
    const QUrl url(absoluteImageUrl(s), QUrl::StrictMode);
    if (!url.isValid())
        return ValidationResult::failure(
            Text::tr("This is not a well-formed web address (%1).").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return ValidationResult::failure(
            Text::tr("The address has no scheme; start it with https:// or http://."));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return ValidationResult::failure(
            Text::tr("Only http and https addresses can be used, not %1:.").arg(scheme));
    if (url.host().isEmpty())
        return ValidationResult::failure(Text::tr("The address has no host name."));
    return {};
}

} // namespace vitrine
