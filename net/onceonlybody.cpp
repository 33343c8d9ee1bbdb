#include "net/onceonlybody.h"

#include <cstring>

namespace vitrine {

OnceOnlyBody::OnceOnlyBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data)) {
    open(QIODevice::ReadOnly);
}

qint64 OnceOnlyBody::bytesAvailable() const {
    return (m_data.size() - m_read) + QIODevice::bytesAvailable();
}

qint64 OnceOnlyBody::readData(char *data, qint64 maxSize) {
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_read);
    if (n <= 0)
        return m_read >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

} // namespace vitrine
