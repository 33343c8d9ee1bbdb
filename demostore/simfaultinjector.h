#pragma once

#include "demostore/simfault.h"
#include "demostore/simresponse.h"

#include <QList>
#include <QString>

#include <optional>

namespace vitrine {

// Holds the injected faults and decides which one, if any, a request meets.
class SimFaultInjector {
public:
    void add(const SimFault &fault);
    void clear();
    bool isEmpty() const { return m_faults.isEmpty(); }

    // The first fault matching this request, counting it as used.
    std::optional<SimFault> take(const QByteArray &method, const QString &path);

    // The answer a fault with a status gives instead of the real one.
    static SimResponse injectedResponse(const SimFault &fault);
    // Applies the fault's extra headers and body damage to an answer.
    static void alter(const SimFault &fault, SimResponse &response);

private:
    QList<SimFault> m_faults;
};

} // namespace vitrine
