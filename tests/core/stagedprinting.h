#pragma once

// How QCOMPARE prints staged values when they differ: whole, as the journal's JSON, so a failure
// shows both galleries (QTest finds these toString overloads by argument-dependent lookup).
#include "core/imagefield.h"
#include "core/sessionstate.h"
#include "core/stagedgallery.h"

#include <QJsonDocument>
#include <QTest>

namespace vitrine {

inline char *toString(const SessionState &state) {
    return QTest::toString(QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented));
}

inline char *toString(const StagedGallery &staged) {
    return toString(SessionState{{}, staged, std::nullopt});
}

inline char *toString(const ImageFields &fields) {
    return QTest::toString(imageFieldNames(fields).join(QLatin1Char('|')));
}

} // namespace vitrine
