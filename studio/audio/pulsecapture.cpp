// SPDX-License-Identifier: GPL-2.0-or-later
// CaptureSource over libpulse's threaded main loop. A named device is recorded with
// PA_STREAM_DONT_MOVE, so the server fails the stream instead of moving it to another
// microphone when the device goes; a subscription to source events reconnects when a source
// of that name appears again.
#include "studio/audio/capturesource.h"
#include "studio/audio/pcmring.h"
#include "studio/audio/pulsehandles.h"

#include <atomic>

namespace vida3::studio::audio {

namespace {
constexpr int kPrebufferMs = 40;
constexpr int kMaxLatencyMs = 120;
constexpr int kFragmentMs = 10;

enum class State { Connecting, Live, Disconnected };

class PulseCapture final : public CaptureSource
{
public:
    explicit PulseCapture(const Request &request)
        : m_request(request),
          m_ring(request.channels, request.sampleRate, request.sampleRate * kPrebufferMs / 1000,
                 request.sampleRate * kMaxLatencyMs / 1000)
    {
    }

    ~PulseCapture() override
    {
        if (!m_loop)
            return;
        pa_threaded_mainloop_lock(m_loop.get());
        m_closing = true;
        if (m_retry)
            pa_threaded_mainloop_get_api(m_loop.get())->time_free(m_retry);
        m_retry = nullptr;
        dropStream();
        m_context.reset();
        pa_threaded_mainloop_unlock(m_loop.get());
        m_loop.reset();  // stops the thread
    }

    Status start()
    {
        m_loop.reset(pa_threaded_mainloop_new());
        if (!m_loop)
            return Error{ErrorCode::DeviceFailed, QStringLiteral("could not start a sound-server client")};
        if (pa_threaded_mainloop_start(m_loop.get()) < 0)
            return Error{ErrorCode::DeviceFailed, QStringLiteral("could not start the sound-server thread")};
        pa_threaded_mainloop_lock(m_loop.get());
        const bool connecting = connectContext();
        // READY (the stream is then connected from the state callback), a failure, or the
        // deadline ends the wait; the callbacks signal.
        pa_time_event *deadline = after(kConnectTimeoutUs, &PulseCapture::onStartDeadline);
        pa_context_state_t state = PA_CONTEXT_FAILED;
        while (connecting && !m_startTimedOut &&
               (state = pa_context_get_state(m_context.get())) != PA_CONTEXT_READY && PA_CONTEXT_IS_GOOD(state))
            pa_threaded_mainloop_wait(m_loop.get());
        pa_threaded_mainloop_get_api(m_loop.get())->time_free(deadline);
        const QString why = m_startTimedOut ? QStringLiteral("no answer within %1 s").arg(kConnectTimeoutUs / 1000000)
                                            : QString::fromUtf8(pa_strerror(pa_context_errno(m_context.get())));
        pa_threaded_mainloop_unlock(m_loop.get());
        if (!connecting || state != PA_CONTEXT_READY)
            return Error{ErrorCode::DeviceFailed, QStringLiteral("the sound server did not accept the connection: %1").arg(why)};
        return Status();
    }

    void mixInto(float *interleaved, int frames, int channels) override
    {
        if (channels != m_request.channels)
            return;
        // How long the oldest sample of this frame waited in the jitter buffer, smoothed.
        const int bufferedUs = static_cast<int>(int64_t{m_ring.bufferedFrames()} * 1000000 / m_request.sampleRate);
        m_bufferedUs = m_bufferedUs.load() == 0 ? bufferedUs : (m_bufferedUs.load() * 7 + bufferedUs) / 8;
        m_ring.mixInto(interleaved, frames);
    }

    int latencyMs() const override
    {
        if (m_state.load() != State::Live)
            return 0;
        return static_cast<int>((m_bufferedUs.load() + m_serverLatencyUs.load()) / 1000);
    }

    QString state() const override
    {
        switch (m_state.load()) {
        case State::Connecting: return QStringLiteral("connecting");
        case State::Live: return QStringLiteral("live");
        case State::Disconnected: return QStringLiteral("disconnected");
        }
        return {};
    }

private:
    static constexpr pa_usec_t kConnectTimeoutUs = 3 * 1000 * 1000;
    static constexpr pa_usec_t kRetryUs = 2 * 1000 * 1000;

    // All below run with the main-loop lock held (on its thread, or under lock in start()).
    bool connectContext()
    {
        m_context.reset(pa_context_new(pa_threaded_mainloop_get_api(m_loop.get()), kPulseClientName));
        if (!m_context)
            return false;
        pa_context_set_state_callback(m_context.get(), &PulseCapture::onContextState, this);
        pa_context_set_subscribe_callback(m_context.get(), &PulseCapture::onEvent, this);
        return pa_context_connect(m_context.get(), nullptr, PA_CONTEXT_NOAUTOSPAWN, nullptr) >= 0;
    }

    pa_time_event *after(pa_usec_t delay, pa_time_event_cb_t callback)
    {
        timeval when{};
        pa_timeval_add(pa_gettimeofday(&when), delay);
        return pa_threaded_mainloop_get_api(m_loop.get())->time_new(pa_threaded_mainloop_get_api(m_loop.get()), &when,
                                                                     callback, this);
    }

    static void onStartDeadline(pa_mainloop_api *, pa_time_event *, const timeval *, void *userdata)
    {
        auto *self = static_cast<PulseCapture *>(userdata);
        self->m_startTimedOut = true;
        pa_threaded_mainloop_signal(self->m_loop.get(), 0);
    }

    // The server went away (a restart, a crash): a new connection every 2 s until it is back.
    static void onRetry(pa_mainloop_api *api, pa_time_event *event, const timeval *, void *userdata)
    {
        auto *self = static_cast<PulseCapture *>(userdata);
        api->time_free(event);
        self->m_retry = nullptr;
        if (self->m_closing)
            return;
        self->dropStream();
        // A connection that fails at once may already have scheduled the next try from its
        // state callback: one chain of retries, never two.
        if (!self->connectContext() && !self->m_retry)
            self->m_retry = self->after(kRetryUs, &PulseCapture::onRetry);
    }

    void connectStream()
    {
        dropStream();
        const pa_sample_spec spec{PA_SAMPLE_FLOAT32LE, static_cast<uint32_t>(m_request.sampleRate),
                                  static_cast<uint8_t>(m_request.channels)};
        m_stream = pa_stream_new(m_context.get(), m_request.streamName.toUtf8().constData(), &spec, nullptr);
        if (!m_stream) {
            m_state = State::Disconnected;
            return;
        }
        pa_stream_set_state_callback(m_stream, &PulseCapture::onStreamState, this);
        pa_stream_set_read_callback(m_stream, &PulseCapture::onRead, this);
        pa_buffer_attr attr{};
        attr.maxlength = static_cast<uint32_t>(-1);
        attr.fragsize = static_cast<uint32_t>(pa_usec_to_bytes(kFragmentMs * 1000, &spec));
        const bool named = !m_request.device.isEmpty();
        const auto flags = static_cast<pa_stream_flags_t>(PA_STREAM_ADJUST_LATENCY | PA_STREAM_AUTO_TIMING_UPDATE |
                                                          PA_STREAM_INTERPOLATE_TIMING | (named ? PA_STREAM_DONT_MOVE : 0));
        const QByteArray device = m_request.device.toUtf8();
        m_state = State::Connecting;
        if (pa_stream_connect_record(m_stream, named ? device.constData() : nullptr, &attr, flags) < 0)
            m_state = State::Disconnected;
    }

    void dropStream()
    {
        if (!m_stream)
            return;
        pa_stream_set_state_callback(m_stream, nullptr, nullptr);
        pa_stream_set_read_callback(m_stream, nullptr, nullptr);
        pa_stream_disconnect(m_stream);
        pa_stream_unref(m_stream);
        m_stream = nullptr;
    }

    static void onContextState(pa_context *context, void *userdata)
    {
        auto *self = static_cast<PulseCapture *>(userdata);
        const pa_context_state_t state = pa_context_get_state(context);
        if (state == PA_CONTEXT_READY) {
            PaOperationPtr(pa_context_subscribe(context, PA_SUBSCRIPTION_MASK_SOURCE, nullptr, nullptr));
            self->connectStream();
        } else if (!PA_CONTEXT_IS_GOOD(state)) {
            // Silence until the server is back; the context is replaced outside its callback.
            self->m_state = State::Disconnected;
            self->m_ring.clear();
            if (!self->m_retry && !self->m_closing && self->m_everReady)
                self->m_retry = self->after(kRetryUs, &PulseCapture::onRetry);
        }
        if (state == PA_CONTEXT_READY)
            self->m_everReady = true;
        pa_threaded_mainloop_signal(self->m_loop.get(), 0);
    }

    static void onStreamState(pa_stream *stream, void *userdata)
    {
        auto *self = static_cast<PulseCapture *>(userdata);
        switch (pa_stream_get_state(stream)) {
        case PA_STREAM_READY: self->m_state = State::Live; break;
        case PA_STREAM_FAILED:
        case PA_STREAM_TERMINATED:
            self->m_state = State::Disconnected;
            self->m_ring.clear();
            break;
        default: break;
        }
    }

    static void onRead(pa_stream *stream, size_t, void *userdata)
    {
        auto *self = static_cast<PulseCapture *>(userdata);
        const size_t frameBytes = sizeof(float) * static_cast<size_t>(self->m_request.channels);
        while (pa_stream_readable_size(stream) > 0) {
            const void *data = nullptr;
            size_t bytes = 0;
            if (pa_stream_peek(stream, &data, &bytes) < 0 || bytes == 0)
                return;
            if (data)  // null: a hole in the stream, nothing to copy
                self->m_ring.write(static_cast<const float *>(data), static_cast<int>(bytes / frameBytes));
            pa_stream_drop(stream);
        }
        // The sound server's side: the source's own buffer plus what the stream still holds.
        pa_usec_t usec = 0;
        int negative = 0;
        if (pa_stream_get_latency(stream, &usec, &negative) == 0)
            self->m_serverLatencyUs = negative ? 0 : static_cast<int64_t>(usec);
    }

    static void onEvent(pa_context *, pa_subscription_event_type_t type, uint32_t, void *userdata)
    {
        auto *self = static_cast<PulseCapture *>(userdata);
        const bool newSource = (type & PA_SUBSCRIPTION_EVENT_FACILITY_MASK) == PA_SUBSCRIPTION_EVENT_SOURCE &&
                               (type & PA_SUBSCRIPTION_EVENT_TYPE_MASK) == PA_SUBSCRIPTION_EVENT_NEW;
        // A source appeared: if ours is gone, try it again (the server fails the attempt at
        // once when the new source has another name, and we stay disconnected).
        if (newSource && self->m_state == State::Disconnected)
            self->connectStream();
    }

    const Request m_request;
    PcmRing m_ring;
    PaThreadedMainloopPtr m_loop;
    PaContextPtr m_context;
    pa_stream *m_stream = nullptr;
    pa_time_event *m_retry = nullptr;
    bool m_startTimedOut = false;
    bool m_everReady = false;  // only a connection that worked once is retried
    bool m_closing = false;
    std::atomic<State> m_state{State::Connecting};
    std::atomic<int> m_bufferedUs{0};         // render thread
    std::atomic<int64_t> m_serverLatencyUs{0};  // main-loop thread
};
}  // namespace

Expected<std::shared_ptr<CaptureSource>> CaptureSource::open(const Request &request)
{
    auto capture = std::make_shared<PulseCapture>(request);
    if (Status started = capture->start(); !started)
        return started.error();
    return std::shared_ptr<CaptureSource>(std::move(capture));
}

}  // namespace vida3::studio::audio
