// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vida3::testsupport {

// Decodes a whole file with `ffmpeg -v error -i FILE -f null -` (every default stream, no output),
// the way a player would, and reports how much video came out. A file cut short by a crash may end
// in a torn packet (an error at the tail) yet still decode most of its frames.
class DecodeCheck
{
public:
    static DecodeCheck run(const QString &path, int timeoutMs = 120000);

    int exitCode() const { return m_exitCode; }
    int videoFrames() const { return m_videoFrames; }
    double decodedSeconds() const { return m_decodedSeconds; }
    QString errors() const { return m_errors; }
    QString summary() const;

private:
    int m_exitCode = -1;
    int m_videoFrames = 0;
    double m_decodedSeconds = 0;
    QString m_errors;
};

} // namespace vida3::testsupport
