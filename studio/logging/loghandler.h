// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <mutex>

namespace vida3 {
class SecretRedactor;
}

namespace vida3::studio {

// Formats every Qt log message (the studio's and libav's, bridged) as text or one JSON object
// per line on stderr, drops those below the chosen level, and scrubs registered secrets
// first, whatever the category. Qt has one message handler per process: the composition
// root owns one LogHandler, which restores the previous handler when destroyed.
class LogHandler
{
public:
    enum class Format { Text, Json };

    LogHandler(const SecretRedactor &redactor, Format format, QtMsgType minimumLevel, FILE *stream = stderr);
    ~LogHandler();
    LogHandler(const LogHandler &) = delete;
    LogHandler &operator=(const LogHandler &) = delete;

    // "debug", "info", "warning", "error"; false for anything else.
    static bool parseLevel(const QString &name, QtMsgType *level);
    static bool parseFormat(const QString &name, Format *format);

    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);

private:
    const SecretRedactor &m_redactor;
    Format m_format;
    int m_minimumRank;
    FILE *m_stream;
    std::mutex m_mutex;
    QtMessageHandler m_previous = nullptr;
};

}  // namespace vida3::studio
