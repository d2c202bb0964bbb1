// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <pulse/pulseaudio.h>

#include <memory>

namespace vida3::studio::audio {

// RAII for libpulse handles.
struct PaMainloopFree
{
    void operator()(pa_mainloop *m) const { pa_mainloop_free(m); }
};
struct PaThreadedMainloopFree
{
    void operator()(pa_threaded_mainloop *m) const
    {
        pa_threaded_mainloop_stop(m);
        pa_threaded_mainloop_free(m);
    }
};
struct PaContextFree
{
    void operator()(pa_context *c) const
    {
        pa_context_set_state_callback(c, nullptr, nullptr);
        pa_context_set_subscribe_callback(c, nullptr, nullptr);
        pa_context_disconnect(c);
        pa_context_unref(c);
    }
};
struct PaOperationFree
{
    void operator()(pa_operation *o) const { pa_operation_unref(o); }
};
using PaMainloopPtr = std::unique_ptr<pa_mainloop, PaMainloopFree>;
using PaThreadedMainloopPtr = std::unique_ptr<pa_threaded_mainloop, PaThreadedMainloopFree>;
using PaContextPtr = std::unique_ptr<pa_context, PaContextFree>;
using PaOperationPtr = std::unique_ptr<pa_operation, PaOperationFree>;

inline constexpr const char *kPulseClientName = "VIDA3 Studio";

}  // namespace vida3::studio::audio
