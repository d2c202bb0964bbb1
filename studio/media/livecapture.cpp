// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/livecapture.h"

#include "studio/media/videoconverter.h"
#include "studio/platform/threadname.h"
#include "studio/relay/steadyclock.h"

#include <QLoggingCategory>

namespace vida3::studio::media {

namespace {
Q_LOGGING_CATEGORY(lcCapture, "vida3.studio.capture")
}

LiveCapture::LiveCapture(Options options) : m_options(std::move(options))
{
    m_thread = std::thread(&LiveCapture::run, this);
}

LiveCapture::~LiveCapture()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

QString LiveCapture::problem() const
{
    std::lock_guard lock(m_mutex);
    return m_problem;
}

void LiveCapture::setProblem(const QString &problem)
{
    std::lock_guard lock(m_mutex);
    m_problem = problem;
}

void LiveCapture::setTargetSize(QSize size)
{
    m_targetWidth = size.width();
    m_targetHeight = size.height();
}

bool LiveCapture::sleepUnlessStopped(int ms)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop.load(); });
}

void LiveCapture::run()
{
    platform::setCurrentThreadName("vida3-capture");
    VideoConverter converter;
    QString lastProblem;
    while (!m_stop) {
        auto spec = m_options.resolve();
        std::unique_ptr<StreamReader> reader;
        if (spec) {
            spec.value().stallTimeoutMs = m_options.stallTimeoutMs;
            spec.value().cancel = &m_stop;
            auto opened = StreamReader::open(spec.value(), AVMEDIA_TYPE_VIDEO);
            if (opened)
                reader = std::move(opened).value();
            else
                spec = opened.error();
        }
        if (m_stop)
            break;
        if (!reader) {
            m_state = State::Unavailable;
            setProblem(spec.error().detail);
            if (spec.error().detail != lastProblem)
                qCWarning(lcCapture, "%s", qUtf8Printable(spec.error().detail));
            lastProblem = spec.error().detail;
            sleepUnlessStopped(m_options.retryMs);
            continue;
        }
        ++m_opens;
        setProblem({});
        lastProblem.clear();
        qCInfo(lcCapture, "%s: capturing", qUtf8Printable(spec.value().label));
        while (!m_stop) {
            auto next = reader->next();
            if (!next || next.value() == StreamReader::Next::End) {
                const QString why = next ? QStringLiteral("%1: the input ended").arg(spec.value().label) : next.error().detail;
                if (!m_stop) {
                    qCWarning(lcCapture, "%s", qUtf8Printable(why));
                    setProblem(why);
                    lastProblem = why;
                }
                break;
            }
            const AVFrame *frame = reader->frame();
            QSize target(m_targetWidth.load(), m_targetHeight.load());
            if (target.isEmpty())
                target = QSize(frame->width, frame->height);
            QImage *image = m_slot.beginWrite(target, QImage::Format_ARGB32_Premultiplied);
            if (!image || !converter.convert(frame, *image))
                continue;
            const int64_t now = relay::steadyUs();
            m_slot.publish(relay::FrameStamps{now, now}, now);
            m_state = State::Live;
            ++m_captured;
        }
        m_state = State::Unavailable;
        reader.reset();  // frees the device before waiting, so another program may take it
        if (!m_stop)
            sleepUnlessStopped(m_options.retryMs);
    }
}

}  // namespace vida3::studio::media
