#pragma once

#include <QString>
#include <QStringList>

namespace vitrine {

// Checks the spelling of single words, for the review's alt-spelling rule. An interface so that
// core/ stays Qt-Core-only: the real one is spelling/HunspellChecker (Hunspell and the
// dictionaries installed on the computer). Used from one thread at a time.
class SpellChecker {
public:
    virtual ~SpellChecker();
    // The dictionary's language, as its file is named ("en_US").
    virtual QString language() const = 0;
    virtual bool isCorrect(const QString &word) const = 0;
    // Up to max likely corrections, best first.
    virtual QStringList suggestions(const QString &word, int max) const = 0;
};

} // namespace vitrine
