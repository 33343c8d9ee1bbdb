// Must not compile: a misspelt field is an error, not a string that silently matches nothing.
// (tests/core/CMakeLists.txt checks the compiler says so; imagefield_ok.cpp is the control.)
#include "core/imagefield.h"

bool editedAlt(vitrine::ImageFields fields) {
    return fields.testFlag(vitrine::ImageField::Altt);
}
