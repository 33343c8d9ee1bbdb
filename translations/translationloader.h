#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace vitrine {

// Installs Vitrine's translations and Qt's own for the user's languages (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG, as QLocale::uiLanguages() reads them), before any text is shown. Vitrine's
// are compiled into the programs (:/i18n/vitrine_LANG.qm); Qt's come from the system
// (qt6-translations-l10n). English is always installed underneath: its plural forms turn
// tr("%n image(s)", nullptr, n) into "1 image" and "2 images".
class TranslationLoader {
public:
    // Returns the language whose Vitrine translation was installed ("de", "zh_CN"), or an empty
    // string for English. The translators are children of app.
    static QString install(QCoreApplication *app, const QLocale &locale = QLocale());
    // Only the English plural forms, whatever the user's language (what the tests run with).
    static bool installEnglish(QCoreApplication *app);

    // The languages Vitrine is translated into, besides English ("de", "zh_CN").
    static QStringList availableLanguages();
};

} // namespace vitrine
