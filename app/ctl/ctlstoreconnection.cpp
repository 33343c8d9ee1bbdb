#include "app/ctl/ctlstoreconnection.h"

#include "app/ctl/ctlconsole.h"
#include "net/storeclient.h"

#include <QCoreApplication>

namespace vitrine {

namespace {
// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};
} // namespace

CtlStoreConnection::CtlStoreConnection(CtlStoreTarget target, CtlConsole *console)
    : m_target(std::move(target))
    , m_console(console)
    , m_client(std::make_unique<StoreClient>(m_target.profile, m_target.token)) {
    QObject::connect(m_client.get(), &StoreClient::throttled, m_client.get(), [this](int waitMs) {
        // Short waits are the normal pace of a rate limit; only say something when it shows.
        if (waitMs >= 1000)
            m_console->progress(Text::tr("Waiting %1 s for the store's rate limit…")
                                    .arg(QString::number(waitMs / 1000.0, 'f', 1)));
    });
    QObject::connect(&m_client->pipeline(), &RequestPipeline::retrying, m_client.get(),
                     [this](const QString &what, int attempt, int delayMs) {
                         m_console->progress(
                             Text::tr("Retrying %1 in %2 s (attempt %3)…")
                                 .arg(what, QString::number(delayMs / 1000.0, 'f', 1))
                                 .arg(attempt + 1));
                     });
}

CtlStoreConnection::~CtlStoreConnection() = default;

QCoro::Task<CtlStoreConnection::Opened> CtlStoreConnection::open(CtlContext context,
                                                                 CtlStoreChoice choice) {
    CtlStoreTarget target = co_await context.stores->resolve(std::move(choice));
    Opened opened;
    if (!target.ok()) {
        context.console->error(target.error);
        opened.exit = target.exit;
        co_return opened;
    }
    opened.connection = std::make_unique<CtlStoreConnection>(std::move(target), context.console);
    opened.exit = opened.connection->checkSetup();
    if (opened.exit != CtlExit::Ok)
        opened.connection.reset();
    co_return opened;
}

StoreClient &CtlStoreConnection::client() const {
    return *m_client;
}

CtlExit CtlStoreConnection::checkSetup() const {
    if (const auto error = m_client->setupError()) {
        m_console->error(error->storeMessage.isEmpty() ? error->userMessage()
                                                       : error->storeMessage);
        return CtlExit::Usage;
    }
    return CtlExit::Ok;
}

QString CtlStoreConnection::describe(const StoreError &error) const {
    QString message = error.userMessage();
    const bool accessRefused =
        error.code == StoreError::Code::Unauthorized || error.code == StoreError::Code::Forbidden;
    if (accessRefused && m_target.token.isEmpty()) {
        message +=
            QLatin1Char(' ') + Text::tr("No token was sent: %1.")
                                   .arg(m_target.tokenProblem.isEmpty() ? Text::tr("none is stored")
                                                                        : m_target.tokenProblem);
    } else if (accessRefused && !m_target.tokenSource.isEmpty()) {
        message +=
            QLatin1Char(' ') + Text::tr("(The token came from: %1.)").arg(m_target.tokenSource);
    }
    return message;
}

CtlExit CtlStoreConnection::fail(const StoreError &error) const {
    m_console->error(describe(error));
    return CtlExit::Failed;
}

} // namespace vitrine
