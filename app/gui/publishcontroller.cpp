#include "app/gui/publishcontroller.h"

#include "app/gui/guilogging.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/mainwindow.h"
#include "workflow/publisher.h"

#include <QCoreApplication>

namespace vitrine {

PublishController::PublishController(MainWindow *window, EditSession *session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session) {
    connect(m_window, &MainWindow::publishRequested, this, &PublishController::preview);
    connect(m_window, &MainWindow::publishConfirmed, this, [this] { publish(); });
    connect(m_window, &MainWindow::publishCancelRequested, this, &PublishController::cancel);
}

PublishController::~PublishController() {
    if (m_publisher)
        m_publisher->cancel();
}

void PublishController::setStore(StoreClient *client, Journal *journal, const QString &storeKey) {
    if (m_publisher && m_publisher->isBusy())
        m_publisher->cancel();
    m_publisher.reset();
    m_journal = journal;
    m_storeKey = storeKey;
    m_keyChanged = false;
    if (!client)
        return;
    m_publisher = std::make_unique<Publisher>(client, m_session);
    if (journal)
        m_publisher->setJournal(journal, storeKey);
    Publisher *p = m_publisher.get();
    connect(p, &Publisher::started, this, [this](int total) {
        m_total = total;
        m_finished = 0;
        if (m_window)
            m_window->setPublishProgress(0, total);
    });
    connect(p, &Publisher::opFinished, this, [this, p](int index, const EditSession::OpResult &r) {
        if (!m_window)
            return;
        const PublishPlan plan = p->plan();
        const QString what = index < plan.ops.size() ? plan.ops.at(index).describe()
                                                     : tr("request %1").arg(index + 1);
        m_window->addPublishResult(what, r.state == EditSession::OpResult::State::Succeeded,
                                   r.message);
        ++m_finished;
        m_window->setPublishProgress(m_finished, std::max(m_total, m_finished), what);
    });
    connect(p, &Publisher::repairing, this, [this](int round, int requests) {
        if (m_window)
            m_window->showStatus(tr("The store does not show everything as published yet; "
                                    "repairing (round %1, %2 requests)…")
                                     .arg(round)
                                     .arg(requests));
    });
}

void PublishController::setJournalKey(const QString &storeKey) {
    m_storeKey = storeKey;
    if (!m_publisher || !m_journal)
        return;
    // A running publish keeps writing its record where it began it.
    if (m_publisher->isBusy())
        m_keyChanged = true;
    else
        m_publisher->setJournal(m_journal, m_storeKey);
}

void PublishController::setConflictChooser(ConflictChooser chooser) {
    m_chooseConflicts = std::move(chooser);
}

bool PublishController::isBusy() const {
    return m_publisher && m_publisher->isBusy();
}

void PublishController::cancel() {
    if (m_publisher)
        m_publisher->cancel();
}

void PublishController::preview() {
    if (!m_publisher || !m_window)
        return;
    if (m_publisher->isBusy()) {
        m_window->showStatus(tr("A publish is already running."));
        return;
    }
    const PublishPlan plan = m_publisher->plan();
    if (plan.isEmpty()) {
        m_window->showStatus(tr("Nothing to publish: there are no staged edits."));
        return;
    }
    m_window->showPublishPreview(plan, int(m_session->model()->baseline().size()));
}

QCoro::Task<PublishOutcome> PublishController::publish() {
    QPointer<PublishController> self(this);
    if (!m_publisher) {
        PublishOutcome none;
        none.message = tr("No store is open.");
        co_return none;
    }
    Publisher *publisher = m_publisher.get();
    PublishOutcome outcome = co_await publisher->publish();
    // Changes made elsewhere that collide with staged ones: the user chooses, then it goes on.
    while (self && outcome.status == PublishOutcome::Status::NeedsChoice && m_chooseConflicts &&
           publisher == m_publisher.get()) {
        QList<Conflict> conflicts = outcome.conflicts;
        if (!m_chooseConflicts(conflicts))
            break;
        outcome = co_await publisher->publish(conflicts);
    }
    if (!self)
        co_return outcome;
    if (m_keyChanged && m_publisher && m_journal && !m_publisher->isBusy()) {
        m_keyChanged = false;
        m_publisher->setJournal(m_journal, m_storeKey);
    }
    qCInfo(lcGui) << "publish" << PublishOutcome::statusName(outcome.status) << outcome.requests
                  << "requests," << outcome.failed << "failed";
    if (m_window) {
        m_window->finishPublish(outcome.message);
        if (outcome.ok())
            m_window->showStatus(outcome.message);
        else if (outcome.status != PublishOutcome::Status::NeedsChoice)
            m_window->showError(outcome.message);
    }
    Q_EMIT published(outcome);
    co_return outcome;
}

} // namespace vitrine
