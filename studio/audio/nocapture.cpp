// SPDX-License-Identifier: GPL-2.0-or-later
// Builds without a capture backend (no libpulse: Windows and macOS until theirs exist).
#include "studio/audio/audiodevices.h"
#include "studio/audio/capturesource.h"

namespace vida3::studio::audio {

namespace {
Error unsupported()
{
    return Error{ErrorCode::Unsupported, QStringLiteral("this build cannot capture audio devices on this platform yet")};
}
}  // namespace

Expected<AudioDeviceList> listAudioDevices(int)
{
    return unsupported();
}

Expected<std::shared_ptr<CaptureSource>> CaptureSource::open(const Request &)
{
    return unsupported();
}

}  // namespace vida3::studio::audio
