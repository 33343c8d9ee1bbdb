#pragma once

#include <QString>

namespace vitrine {

// The answer of a validator: ok, or a sentence saying what is wrong, for the user (live feedback
// in the UI, error output of vitrinectl).
struct ValidationResult {
    bool ok = true;
    QString message; // empty when ok

    explicit operator bool() const { return ok; }
    static ValidationResult failure(QString message) { return {false, std::move(message)}; }
};

// Alt text is stored in Unicode normalisation form C, so that a text the user sees as 10
// characters counts as 10 whatever keyboard or paste produced it (a decomposed "é" is two code
// points, the composed one is one).
QString normalizedAltText(const QString &text);

// The length that is checked against a store's limit: UTF-16 code units of the NFC form
// (QString::size()). That is what the user sees for every letter of the Latin, Cyrillic, Greek,
// CJK and most other scripts; characters outside the Basic Multilingual Plane (emoji) count two.
// Counting those as two is deliberate: the stores do not document how they count, a Java or
// JavaScript backend counts UTF-16 units, and a limit counted generously here can only refuse a
// text the store would have accepted, never send one it refuses.
int altTextLength(const QString &text);

// limit 0 means no limit. Control characters (tabs, line breaks, NUL, ...) are refused: alt text is
// a single line read by screen readers and shown in tooltips.
ValidationResult validateAltText(const QString &text, int limit);

// Maximum length of an image URL we accept (common browser and CDN limit).
constexpr int kMaxImageUrlLength = 2048;

// An image URL a store can fetch: http or https, a host, well-formed (strict parsing), no spaces
// or control characters inside, at most kMaxImageUrlLength characters. Surrounding whitespace is
// ignored (pasted URLs often carry a trailing newline); callers store text.trimmed(). A
// protocol-relative address ("//cdn.example.com/a.jpg", as Shoplazza writes sources) is accepted
// and taken as https (absoluteImageUrl()); the store client sends it with the store's scheme.
ValidationResult validateImageUrl(const QString &text);

// text.trimmed(), with a protocol-relative "//host/path" made "https://host/path".
QString absoluteImageUrl(const QString &text);

} // namespace vitrine
