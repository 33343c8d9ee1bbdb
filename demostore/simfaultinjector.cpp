#include "demostore/simfaultinjector.h"

#include <QJsonDocument>

namespace vitrine {

void SimFaultInjector::add(const SimFault &fault) {
    if (fault.times != 0)
        m_faults.append(fault);
}

void SimFaultInjector::clear() {
    m_faults.clear();
}

std::optional<SimFault> SimFaultInjector::take(const QByteArray &method, const QString &path) {
    for (int i = 0; i < m_faults.size(); ++i) {
        SimFault &f = m_faults[i];
        if (!f.method.isEmpty() && f.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!f.path.match(path).hasMatch())
            continue;
        const SimFault hit = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

SimResponse SimFaultInjector::injectedResponse(const SimFault &fault) {
    return SimResponse::raw(fault.status, fault.body.isEmpty() ? QByteArray() : fault.contentType,
                            fault.body);
}

void SimFaultInjector::alter(const SimFault &fault, SimResponse &response) {
    for (const auto &h : fault.headers)
        response.setHeader(h.first, h.second);
    if (!fault.malformedBody)
        return;
    QByteArray broken = response.body.left(response.body.size() / 2);
    // Half of a JSON object is never valid JSON, but make sure for odd bodies (e.g. "{}" -> "{").
    if (broken.isEmpty() || !QJsonDocument::fromJson(broken).isNull())
        broken = "{\"truncated\": ";
    response.body = broken;
    if (response.contentType.isEmpty())
        response.contentType = "application/json";
}

} // namespace vitrine
