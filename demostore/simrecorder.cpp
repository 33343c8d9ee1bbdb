#include "demostore/simrecorder.h"

namespace vitrine {

void SimRecorder::record(const SimRequest &request) {
    // A long demo session must not grow without bound; tests never come near this.
    constexpr qsizetype maxKept = 10000;
    if (m_requests.size() >= maxKept)
        m_requests.remove(0, maxKept / 10);
    m_requests.append(request);
}

void SimRecorder::clear() {
    m_requests.clear();
}

} // namespace vitrine
