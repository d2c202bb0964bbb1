// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace vida3::testsupport {

// A private PulseAudio daemon for one test, in its own runtime directory (never the user's
// server, never autospawned): clients reach it through address() (PULSE_SERVER). Devices:
//   ci_sink          a null sink (what the computer "plays"); default output
//   ci_sink.monitor  its monitor (desktop audio)
//   ci_mic           an ordinary input remapped from that monitor: a "microphone" carrying
//                    whatever play() sends into ci_sink, paced in real time
class PulseServer
{
public:
    PulseServer();
    ~PulseServer();
    PulseServer(const PulseServer &) = delete;
    PulseServer &operator=(const PulseServer &) = delete;

    static QString unavailableReason();  // empty when pulseaudio and pacat are installed
    bool start(int timeoutMs = 10000);
    QString address() const;  // unix:/…/native
    QString lastError() const { return m_lastError; }

    // Stops the daemon (a crash, as far as clients can tell), leaves it down for downMs, and
    // starts it again on the same socket, playing the last file again.
    bool restart(int downMs = 0, int timeoutMs = 10000);

    // Unplugs ci_mic (unloads its module) and plugs it back in (the same name again).
    bool unplugMic();
    bool plugMic();

    // Plays interleaved float32 stereo 48 kHz PCM (a file) into ci_sink in real time, in the
    // background; stopped with the server.
    bool play(const QString &rawFile);
    // Writes seconds of a dual-mono sine at peakDbfs as such a file.
    static bool writeSine(const QString &path, double frequency, double peakDbfs, double seconds);

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QProcess m_player;
    QString m_lastError;
    QString m_playing;
};

}  // namespace vida3::testsupport
