#include "app/ctl/ctlinterrupt.h"

#include <QSocketNotifier>

#include <array>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace vitrine {

namespace {
#ifdef Q_OS_UNIX
std::array<int, 2> g_fds{-1, -1}; // socketpair(): [0] written in the handler, [1] read

void onUnixSignal(int signal) {
    const auto byte = static_cast<unsigned char>(signal);
    // Nothing else is async-signal-safe here; a full pipe just drops the extra signal.
    [[maybe_unused]] const ssize_t n = ::write(g_fds[0], &byte, 1);
}
#endif
} // namespace

CtlInterrupt::CtlInterrupt(QObject *parent)
    : QObject(parent) {}

CtlInterrupt::~CtlInterrupt() = default;

bool CtlInterrupt::install() {
#ifdef Q_OS_UNIX
    if (m_notifier)
        return true;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds.data()) != 0)
        return false;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CtlInterrupt::onSignal);
    struct sigaction action = {};
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
#else
    return false;
#endif
}

std::function<void()> CtlInterrupt::setStopper(std::function<void()> stopper) {
    std::swap(m_stopper, stopper);
    return stopper;
}

void CtlInterrupt::onSignal() {
    int signal = 0;
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    if (::read(g_fds[1], &byte, 1) == 1)
        signal = byte;
#endif
    Q_EMIT interrupted(signal);
    if (m_stopping || !m_stopper) {
        // 128 + SIGINT, as shells report an interrupted command.
        std::_Exit(130);
    }
    m_stopping = true;
    // A copy: the stopper may end the publish at once (an aborted request resumes it), and the
    // publish then clears m_stopper while the stopper still runs.
    const std::function<void()> stopper = m_stopper;
    stopper();
}

} // namespace vitrine
