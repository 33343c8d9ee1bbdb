#pragma once

#include <QString>
#include <QTextStream>

#include <cstdio>

class QIODevice;

namespace vitrine {

// Where vitrinectl writes: results to `out` (stdout), messages and progress to `err` (stderr).
// The commands take a console instead of touching the process's streams, so they can write into
// buffers in tests.
class CtlConsole {
public:
    // The process's stdout and stderr.
    CtlConsole();
    // Any two devices (tests pass QBuffers); they must outlive the console.
    CtlConsole(QIODevice *out, QIODevice *err);
    CtlConsole(const CtlConsole &) = delete;
    CtlConsole &operator=(const CtlConsole &) = delete;

    // A result line (or block) on stdout. No newline is added.
    void print(const QString &text);
    // A message on stderr, one line: a newline is added.
    void error(const QString &line);
    // Progress of long commands on stderr, one line.
    void progress(const QString &line);
    // Text as it is on stderr (a usage message that brings its own lines).
    void errorText(const QString &text);

    void flush();

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace vitrine
