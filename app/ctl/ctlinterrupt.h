#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace vitrine {

// Ctrl+C (SIGINT) and SIGTERM for vitrinectl. While a publish runs, the first signal asks it to
// stop after the request in flight (the publisher's cancel: what was not sent stays staged and
// the in-flight request's outcome is checked by the next publish), so the command ends with a
// sentence and exit 1 instead of dying mid-request. A second signal, or a signal while nothing
// needs finishing, ends the process at once with 130 — as safe as a crash, since every journal
// write is a transaction.
//
// Signals reach the event loop through a socket pair written by the (async-signal-safe) handler.
class CtlInterrupt : public QObject {
    Q_OBJECT
public:
    explicit CtlInterrupt(QObject *parent = nullptr);
    ~CtlInterrupt() override;

    // Installs the handlers (once per process). False where signals cannot be caught.
    bool install();

    // What to do on the first signal; empty: exit at once. Returns the previous one.
    std::function<void()> setStopper(std::function<void()> stopper);

Q_SIGNALS:
    void interrupted(int signal);

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
    std::function<void()> m_stopper;
    bool m_stopping = false;
};

} // namespace vitrine
