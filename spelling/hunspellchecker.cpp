#include "spelling/hunspellchecker.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <hunspell.hxx>

namespace vitrine {

HunspellChecker::HunspellChecker(QString language, std::unique_ptr<Hunspell> hunspell)
    : m_language(std::move(language))
    , m_hunspell(std::move(hunspell)) {
    const QString encoding = QString::fromStdString(m_hunspell->get_dict_encoding());
    m_utf8 = encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
}

HunspellChecker::~HunspellChecker() = default;

QStringList HunspellChecker::dictionaryFolders() {
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("DICPATH");
    for (const QString &folder : fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        folders << folder;
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell")
            << QStringLiteral("/usr/share/myspell/dicts");
    return folders;
}

QStringList HunspellChecker::installedLanguages() {
    QSet<QString> languages;
    for (const QString &folder : dictionaryFolders()) {
        const QDir dir(folder);
        for (const QFileInfo &dic : dir.entryInfoList({QStringLiteral("*.dic")}, QDir::Files))
            if (dir.exists(dic.completeBaseName() + QStringLiteral(".aff")))
                languages.insert(dic.completeBaseName());
    }
    QStringList sorted(languages.cbegin(), languages.cend());
    sorted.sort();
    return sorted;
}

std::unique_ptr<HunspellChecker> HunspellChecker::open(const QString &language) {
    if (language.isEmpty() || language.contains(QLatin1Char('/')))
        return nullptr;
    for (const QString &folder : dictionaryFolders()) {
        const QString aff = folder + QLatin1Char('/') + language + QStringLiteral(".aff");
        const QString dic = folder + QLatin1Char('/') + language + QStringLiteral(".dic");
        if (QFileInfo::exists(aff) && QFileInfo::exists(dic)) {
            auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                       QFile::encodeName(dic).constData());
            return std::unique_ptr<HunspellChecker>(
                new HunspellChecker(language, std::move(hunspell)));
        }
    }
    return nullptr;
}

std::unique_ptr<HunspellChecker> HunspellChecker::forLocale(const QLocale &locale) {
    if (auto exact = open(locale.name()))
        return exact;
    const QString prefix = locale.name().section(QLatin1Char('_'), 0, 0) + QLatin1Char('_');
    for (const QString &language : installedLanguages())
        if (language.startsWith(prefix))
            return open(language);
    return nullptr;
}

QString HunspellChecker::language() const {
    return m_language;
}

std::string HunspellChecker::encoded(const QString &word) const {
    return m_utf8 ? word.toStdString() : word.toLatin1().toStdString();
}

QString HunspellChecker::decoded(const std::string &bytes) const {
    return m_utf8 ? QString::fromStdString(bytes)
                  : QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
}

bool HunspellChecker::isCorrect(const QString &word) const {
    auto it = m_known.constFind(word);
    if (it == m_known.cend())
        it = m_known.insert(word, m_hunspell->spell(encoded(word)));
    return *it;
}

QStringList HunspellChecker::suggestions(const QString &word, int max) const {
    auto it = m_suggestions.constFind(word);
    if (it == m_suggestions.cend()) {
        QStringList list;
        for (const std::string &suggestion : m_hunspell->suggest(encoded(word)))
            list << decoded(suggestion);
        it = m_suggestions.insert(word, list);
    }
    return it->mid(0, max);
}

} // namespace vitrine
