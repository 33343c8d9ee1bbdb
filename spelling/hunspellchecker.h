#pragma once

#include "core/spellchecker.h"

#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace vitrine {

// SpellChecker through Hunspell with a dictionary installed on the computer (Debian's
// hunspell-LANG packages put them in /usr/share/hunspell; the DICPATH variable names other
// folders, as for the hunspell command). Answers are cached per word: a review asks about the
// same words again with every edit. Not thread-safe (neither is Hunspell).
class HunspellChecker : public SpellChecker {
public:
    ~HunspellChecker() override;

    // The checker of one dictionary ("en_US"); null when it is not installed.
    static std::unique_ptr<HunspellChecker> open(const QString &language);
    // The dictionary for a locale: its own (de_AT), else another of its language (de_DE), else
    // none — a German catalog checked with an English dictionary would flag every word.
    static std::unique_ptr<HunspellChecker> forLocale(const QLocale &locale);
    // Every installed dictionary's language, sorted.
    static QStringList installedLanguages();
    // Where dictionaries are looked for: DICPATH's folders, then the system's.
    static QStringList dictionaryFolders();

    QString language() const override;
    bool isCorrect(const QString &word) const override;
    QStringList suggestions(const QString &word, int max) const override;

private:
    HunspellChecker(QString language, std::unique_ptr<Hunspell> hunspell);
    std::string encoded(const QString &word) const;
    QString decoded(const std::string &bytes) const;

    QString m_language;
    std::unique_ptr<Hunspell> m_hunspell;
    bool m_utf8 = true; // the dictionary's encoding: UTF-8, else Latin-1 (older dictionaries)
    mutable QHash<QString, bool> m_known;
    mutable QHash<QString, QStringList> m_suggestions;
};

} // namespace vitrine
