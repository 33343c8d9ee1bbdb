#include "net/requestpipeline.h"

#include <QCoroTask>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

using namespace vitrine;

// TLS in the pipeline. The store simulator speaks plain http on loopback, so this test runs a
// minimal HTTPS responder on 127.0.0.1 with a self-signed certificate (tests/net/fixtures): a
// certificate the system does not trust must fail the request (errors are logged, never
// ignored); the same certificate added as a CA must work, with the token sent.
class TstPipelineTls : public QObject {
    Q_OBJECT
private:
    QSslServer m_server;
    QList<QByteArray> m_requests;
    QSslCertificate m_cert;

    QUrl base() const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/api").arg(m_server.serverPort()));
    }

    void answer(QSslSocket *socket) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n"))
                return;
            m_requests.append(*buffer);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\nConnection: close\r\n\r\n[]");
            socket->disconnectFromHost();
        });
    }

    static Result<HttpResponse> get(RequestPipeline &p) {
        return QCoro::waitFor(p.send(HttpRequestSpec::get(QStringLiteral("/x"))));
    }

private Q_SLOTS:
    void initTestCase() {
        QFile certFile(QFINDTESTDATA("fixtures/test-server.crt"));
        QFile keyFile(QFINDTESTDATA("fixtures/test-server.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_cert = QSslCertificate(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!m_cert.isNull());
        QVERIFY(!key.isNull());
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_cert);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                answer(qobject_cast<QSslSocket *>(s));
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }
    void init() { m_requests.clear(); }

    void untrustedCertificateFails() {
        PipelineOptions o;
        o.maxRetries = 3;
        RequestPipeline pipeline(base(), o);
        pipeline.networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
        pipeline.setAuthorization("Authorization", "Bearer tls-secret");
        QSignalSpy retrying(&pipeline, &RequestPipeline::retrying);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^TLS error for GET")));
        const Result<HttpResponse> r = get(pipeline);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, StoreError::Code::Network);
        QVERIFY2(r.error().storeMessage.contains(QLatin1String("TLS")),
                 qPrintable(r.error().storeMessage));
        QVERIFY(!r.error().retryable);
        QCOMPARE(retrying.count(), 0);
        QVERIFY(m_requests.isEmpty()); // nothing, least of all the token, went over the wire
    }

    void trustedCertificateWorks() {
        PipelineOptions o;
        o.extraCaCertificates = {m_cert};
        RequestPipeline pipeline(base(), o);
        pipeline.networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
        pipeline.setAuthorization("Authorization", "Bearer tls-secret");
        const Result<HttpResponse> r = get(pipeline);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().storeMessage));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("[]"));
        QCOMPARE(m_requests.size(), 1);
        QVERIFY(m_requests.first().startsWith("GET /api/x HTTP/1.1"));
        QVERIFY(m_requests.first().contains("Authorization: Bearer tls-secret"));
    }
};

QTEST_GUILESS_MAIN(TstPipelineTls)
#include "tst_pipelinetls.moc"
