// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/session/audioinput.h"

#include <QString>

#include <memory>

namespace vida3::studio::audio {

// A microphone or desktop-audio channel's source: captures one device of the sound server on
// the server client's own thread into a small jitter buffer the mixer reads each frame.
// A named device is never swapped for another: when it goes away the channel says
// "disconnected" (silence), and when a device of that name returns it resumes by itself.
// An empty device follows the system default as it changes.
class CaptureSource : public AudioInput
{
public:
    struct Request
    {
        QString device;  // server id; empty: the default input, following changes
        int sampleRate = 48000;
        int channels = 2;
        QString streamName = QStringLiteral("Microphone");
    };
    // Connects and starts capturing; fails when no sound server answers.
    static Expected<std::shared_ptr<CaptureSource>> open(const Request &request);

protected:
    CaptureSource() = default;
};

}  // namespace vida3::studio::audio
