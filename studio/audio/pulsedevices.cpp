// SPDX-License-Identifier: GPL-2.0-or-later
// listAudioDevices() over libpulse: one connection, the server info and the source list.
#include "studio/audio/audiodevices.h"
#include "studio/audio/pulsehandles.h"

#include <QElapsedTimer>

namespace vida3::studio::audio {

namespace {
struct Query
{
    AudioDeviceList list;
    QString defaultSink;
    int pending = 2;
};

void onServerInfo(pa_context *, const pa_server_info *info, void *userdata)
{
    auto *q = static_cast<Query *>(userdata);
    if (info) {
        q->list.defaultSource = QString::fromUtf8(info->default_source_name ? info->default_source_name : "");
        q->defaultSink = QString::fromUtf8(info->default_sink_name ? info->default_sink_name : "");
    }
    --q->pending;
}

void onSource(pa_context *, const pa_source_info *info, int eol, void *userdata)
{
    auto *q = static_cast<Query *>(userdata);
    if (eol) {
        --q->pending;
        return;
    }
    if (!info)
        return;
    AudioDevice d;
    d.id = QString::fromUtf8(info->name);
    d.description = QString::fromUtf8(info->description ? info->description : info->name);
    d.monitor = info->monitor_of_sink != PA_INVALID_INDEX;
    d.channels = info->sample_spec.channels;
    d.sampleRate = static_cast<int>(info->sample_spec.rate);
    q->list.devices.append(d);
}
}  // namespace

Expected<AudioDeviceList> listAudioDevices(int timeoutMs)
{
    PaMainloopPtr loop(pa_mainloop_new());
    if (!loop)
        return Error{ErrorCode::DeviceFailed, QStringLiteral("could not start a sound-server client")};
    PaContextPtr context(pa_context_new(pa_mainloop_get_api(loop.get()), kPulseClientName));
    if (!context || pa_context_connect(context.get(), nullptr, PA_CONTEXT_NOAUTOSPAWN, nullptr) < 0)
        return Error{ErrorCode::DeviceFailed, QStringLiteral("no sound server (PulseAudio or PipeWire) is running")};

    QElapsedTimer clock;
    clock.start();
    Query query;
    PaOperationPtr info, sources;
    while (clock.elapsed() < timeoutMs) {
        const pa_context_state_t state = pa_context_get_state(context.get());
        if (!PA_CONTEXT_IS_GOOD(state))
            return Error{ErrorCode::DeviceFailed, QStringLiteral("the sound server refused the connection: %1")
                                                      .arg(QString::fromUtf8(pa_strerror(pa_context_errno(context.get()))))};
        if (state == PA_CONTEXT_READY && !info) {
            info.reset(pa_context_get_server_info(context.get(), onServerInfo, &query));
            sources.reset(pa_context_get_source_info_list(context.get(), onSource, &query));
        }
        if (info && query.pending == 0) {
            if (!query.defaultSink.isEmpty())
                query.list.defaultMonitor = query.defaultSink + QStringLiteral(".monitor");
            return query.list;
        }
        if (pa_mainloop_prepare(loop.get(), 50 * 1000) < 0 || pa_mainloop_poll(loop.get()) < 0 ||
            pa_mainloop_dispatch(loop.get()) < 0)
            break;
    }
    return Error{ErrorCode::DeviceFailed, QStringLiteral("the sound server did not answer within %1 ms").arg(timeoutMs)};
}

}  // namespace vida3::studio::audio
