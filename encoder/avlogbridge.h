// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

namespace vida3 {
class SecretRedactor;
}

namespace vida3::encoder {

Q_DECLARE_LOGGING_CATEGORY(lcLibav)

// Routes libav's log lines into Qt logging (category "vida3.libav"), with secrets scrubbed:
// libav's RTMP client prints the stream name (the key) at debug level.
// libav has one process-wide log callback, so at most one bridge may exist; the composition
// root owns it and it uninstalls itself when destroyed.
class AvLogBridge
{
public:
    explicit AvLogBridge(const SecretRedactor &redactor);
    ~AvLogBridge();
    AvLogBridge(const AvLogBridge &) = delete;
    AvLogBridge &operator=(const AvLogBridge &) = delete;
};

// Collects what libav logs on the current thread while it lives (any level), so an output can
// tell why an open failed ("TLS handshake", "host not found", "closed after the handshake").
// Works with or without a bridge installed.
class AvLogCapture
{
public:
    AvLogCapture();
    ~AvLogCapture();
    AvLogCapture(const AvLogCapture &) = delete;
    AvLogCapture &operator=(const AvLogCapture &) = delete;

    // True when a component (libav class name, e.g. "tls", "tcp", "RTMP") logged text
    // containing needle (case-insensitive); an empty component matches any.
    bool contains(QStringView component, QStringView needle) const;
    const QStringList &lines() const { return m_lines; }
    // The first line logged as an error, without libav's "[component @ 0x…]" prefix: often the
    // real reason behind a bare error code ("Cannot load libcuda.so.1").
    QString firstError() const { return m_firstError; }

    void append(const QString &component, const QString &line, int level);

private:
    QStringList m_components;
    QStringList m_lines;
    QString m_firstError;
    AvLogCapture *m_previous = nullptr;
};

}  // namespace vida3::encoder
