#pragma once

#include "demostore/simrequest.h"

#include <QList>

namespace vitrine {

// Keeps every request both listeners received, in arrival order, for tests to assert on.
class SimRecorder {
public:
    void record(const SimRequest &request);
    QList<SimRequest> requests() const { return m_requests; }
    void clear();

private:
    QList<SimRequest> m_requests;
};

} // namespace vitrine
