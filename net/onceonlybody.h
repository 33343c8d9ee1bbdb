#pragma once

#include <QByteArray>
#include <QIODevice>

namespace vitrine {

// A request body that can be read only once. Qt's HTTP layer silently sends a request again when
// the connection closes before any answer arrived (QHttpNetworkConnectionChannel resends), which
// for a POST could create an image twice. Qt can only resend a body it can rewind: uploading a
// POST from this sequential device (with DoNotBufferUploadDataAttribute) makes the resend fail
// with ContentReSendError instead, and the pipeline reports "outcome unknown" to the caller.
class OnceOnlyBody : public QIODevice {
    Q_OBJECT
public:
    explicit OnceOnlyBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    // Refused quietly: this body cannot be rewound, which is the point.
    bool seek(qint64) override { return false; }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace vitrine
