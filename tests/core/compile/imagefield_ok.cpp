// The control of imagefield_typo.cpp: the same code, spelt right, compiles.
#include "core/imagefield.h"

bool editedAlt(vitrine::ImageFields fields) {
    return fields.testFlag(vitrine::ImageField::Alt);
}
