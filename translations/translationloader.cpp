#include "translations/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace vitrine {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");

// A translator that stays installed for the application's life; nullptr when nothing matched.
QTranslator *loaded(QCoreApplication *app, const QLocale &locale, const QString &name,
                    const QString &directory) {
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QString TranslationLoader::install(QCoreApplication *app, const QLocale &locale) {
    // Installed first, so searched last: only the plural forms of the English source texts.
    installEnglish(app);
    // Qt's own dialogs and buttons (Cancel, OK, the file dialog) in the same language.
    loaded(app, locale, QStringLiteral("qtbase"),
           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QTranslator *own = loaded(app, locale, QStringLiteral("vitrine"), kResourceDir);
    if (!own)
        return {};
    const QString language = own->language();
    // The English plural forms are no translation to report.
    return language.startsWith(QLatin1String("en")) ? QString() : language;
}

bool TranslationLoader::installEnglish(QCoreApplication *app) {
    return loaded(app, QLocale(QLocale::English), QStringLiteral("vitrine"), kResourceDir);
}

QStringList TranslationLoader::availableLanguages() {
    QStringList languages;
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("vitrine_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(8, file.size() - 8 - 3); // vitrine_ ... .qm
        if (language != QLatin1String("en"))
            languages << language;
    }
    return languages;
}

} // namespace vitrine
