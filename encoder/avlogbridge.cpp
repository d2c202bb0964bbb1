// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/avlogbridge.h"

#include "encoder/secretredactor.h"

#include <QRegularExpression>

#include <atomic>
#include <cstdarg>

extern "C" {
#include <libavutil/log.h>
}

namespace vida3::encoder {

Q_LOGGING_CATEGORY(lcLibav, "vida3.libav", QtWarningMsg)

namespace {
std::atomic<const SecretRedactor *> g_redactor{nullptr};
thread_local AvLogCapture *t_capture = nullptr;

// Lines a capture keeps at most: an open that fails logs a handful.
constexpr int kMaxCapturedLines = 64;

void logCallback(void *avcl, int level, const char *format, va_list args)
{
    const bool capture = t_capture != nullptr && level <= AV_LOG_DEBUG;
    const bool forward = level <= AV_LOG_INFO;
    if (!capture && !forward)
        return;
    char buffer[1024];
    int printPrefix = 1;
    va_list copy;
    va_copy(copy, args);
    av_log_format_line2(avcl, level, format, copy, buffer, sizeof buffer, &printPrefix);
    va_end(copy);
    QString line = QString::fromUtf8(buffer).trimmed();
    if (line.isEmpty())
        return;
    if (capture) {
        const AVClass *cls = avcl ? *static_cast<AVClass **>(avcl) : nullptr;
        // Protocols log through their URLContext, whose item name is the protocol ("tls", "rtmp").
        const char *component = cls ? (cls->item_name ? cls->item_name(avcl) : cls->class_name) : nullptr;
        t_capture->append(component ? QString::fromUtf8(component) : QString(), line, level);
    }
    if (!forward)
        return;
    if (const SecretRedactor *redactor = g_redactor.load())
        line = redactor->redact(std::move(line));
    else
        line = QStringLiteral("(libav message withheld: no redactor installed)");
    if (level <= AV_LOG_ERROR)
        qCWarning(lcLibav).noquote() << line;
    else if (level <= AV_LOG_WARNING)
        qCWarning(lcLibav).noquote() << line;
    else
        qCInfo(lcLibav).noquote() << line;
}
}  // namespace

AvLogBridge::AvLogBridge(const SecretRedactor &redactor)
{
    g_redactor = &redactor;
    av_log_set_callback(logCallback);
}

AvLogBridge::~AvLogBridge()
{
    av_log_set_callback(av_log_default_callback);
    g_redactor = nullptr;
}

AvLogCapture::AvLogCapture() : m_previous(t_capture)
{
    t_capture = this;
    // Captures need the callback even when no bridge forwards anything.
    if (g_redactor.load() == nullptr)
        av_log_set_callback(logCallback);
}

AvLogCapture::~AvLogCapture()
{
    t_capture = m_previous;
}

void AvLogCapture::append(const QString &component, const QString &line, int level)
{
    if (level <= AV_LOG_ERROR && m_firstError.isEmpty()) {
        static const QRegularExpression kPrefix(QStringLiteral("^(\\[[^\\]]*\\] *)+"));
        m_firstError = QString(line).remove(kPrefix);
    }
    if (m_lines.size() >= kMaxCapturedLines)
        return;
    m_components.append(component);
    m_lines.append(line);
}

bool AvLogCapture::contains(QStringView component, QStringView needle) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!component.isEmpty() && m_components[i].compare(component, Qt::CaseInsensitive) != 0)
            continue;
        if (m_lines[i].contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

}  // namespace vida3::encoder
