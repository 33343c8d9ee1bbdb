#include "core/spellchecker.h"

namespace vitrine {

SpellChecker::~SpellChecker() = default;

} // namespace vitrine
