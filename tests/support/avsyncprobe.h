// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace vida3::testsupport {

// Judges audio/video sync in a received stream or recording the way a viewer would: when does
// a white flash appear, when does a beep start. Both come from ffmpeg's own filters over the
// file's timestamps (signalstats for the picture's mean luma, astats over 64-sample windows for
// the sound's peak), so the two time lines are the file's, not the studio's.
class AvSyncProbe
{
public:
    // Makes the fixture: black video at fps with a white frame (durations ≥ one frame) at the
    // start of every second, and a 1 kHz beep of 100 ms starting at the same instants (sample
    // exact, aevalsrc). video/audio false leaves that stream out. mp4, H.264 + AAC.
    static bool makeFlashBeepClip(const QString &path, double seconds, int fps, bool video = true, bool audio = true);
    // Corrupt input for the error paths: `bytes` random bytes.
    static bool writeGarbage(const QString &path, int bytes);

    // Times (s) at which the picture turns bright (mean luma from below 64 to above 128).
    static QList<double> flashTimes(const QString &file);
    // Times (s) at which the sound rises above −30 dBFS after ≥ 100 ms below it.
    static QList<double> beepOnsets(const QString &file);
    // For each flash, the nearest beep's offset from it (s); flashes without a beep within
    // ±maxGap are left out.
    static QList<double> offsets(const QList<double> &flashes, const QList<double> &beeps, double maxGap = 0.5);
};

}  // namespace vida3::testsupport
