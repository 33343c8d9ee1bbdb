// Compiled into every test: the English plural forms are installed as soon as the application
// object exists, as both programs do, so tr("%n image(s)", nullptr, n) reads "1 image" and
// "2 images" in the tests too. The user's own language is not: tests compare English texts.
#include "translations/translationloader.h"

#include <QCoreApplication>

namespace {
void installEnglishPlurals() {
    vitrine::TranslationLoader::installEnglish(QCoreApplication::instance());
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
