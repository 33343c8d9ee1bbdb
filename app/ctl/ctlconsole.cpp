#include "app/ctl/ctlconsole.h"

namespace vitrine {

CtlConsole::CtlConsole()
    : m_out(stdout)
    , m_err(stderr) {}

CtlConsole::CtlConsole(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err) {}

void CtlConsole::print(const QString &text) {
    m_out << text;
    m_out.flush();
}

void CtlConsole::error(const QString &line) {
    m_err << QStringLiteral("vitrinectl: ") << line << '\n';
    m_err.flush();
}

void CtlConsole::progress(const QString &line) {
    m_err << line << '\n';
    m_err.flush();
}

void CtlConsole::errorText(const QString &text) {
    m_err << text;
    m_err.flush();
}

void CtlConsole::flush() {
    m_out.flush();
    m_err.flush();
}

} // namespace vitrine
