// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>

namespace vida3::studio::audio {

// A channel's filters, in the order they run: noise suppression → noise gate → gain →
// compressor, then mono downmix and balance. Defaults and ranges are OBS's (see
// shared/reference/audio-camera.md §1.5), so a creator's habits carry over.
struct FilterSettings
{
    bool noiseSuppression = false;
    int suppressionDb = -30;  // −60 … 0: how far noise is pushed down (speexdsp)
    bool gate = false;
    double gateOpenDb = -26;   // the gate opens above this …
    double gateCloseDb = -32;  // … and closes below this (attack 25 ms, hold 200 ms, release 150 ms)
    double gainDb = 0;         // −30 … +30
    bool compressor = false;
    double compressorRatio = 10;         // 1 … 32
    double compressorThresholdDb = -18;  // −60 … 0 (attack 6 ms, release 60 ms)
    bool mono = false;
    double balance = 0;  // −1 (left) … +1 (right), sine law; 0 leaves both sides alone

    bool operator==(const FilterSettings &) const = default;
    // The active filters by name, in running order ("noise_suppression", "gate", "gain",
    // "compressor", "mono", "balance"), for --stats and the window.
    QStringList activeNames() const;
    // The same as a bit mask (bit i: the i-th name above) and back: cheap to pass per frame.
    int activeMask() const;
    static QStringList namesOf(int mask);
    // Parses a --filter list: "noise[:DB]", "gate[:OPEN:CLOSE]", "gain:DB",
    // "compressor[:RATIO:THRESHOLD]", "mono", "balance:B", joined by commas; empty string:
    // nothing changed. On a bad entry, *error says which and why.
    static FilterSettings parse(const QString &text, QString *error);
    // The same list back (what parse reads), for the settings file.
    QString toText() const;
};

// The same values, set from any thread and read by the mixer on the render thread.
struct FilterControl
{
    std::atomic<bool> noiseSuppression{false};
    std::atomic<int> suppressionDb{-30};
    std::atomic<bool> gate{false};
    std::atomic<double> gateOpenDb{-26};
    std::atomic<double> gateCloseDb{-32};
    std::atomic<double> gainDb{0};
    std::atomic<bool> compressor{false};
    std::atomic<double> compressorRatio{10};
    std::atomic<double> compressorThresholdDb{-18};
    std::atomic<bool> mono{false};
    std::atomic<double> balance{0};

    void set(const FilterSettings &s);
    FilterSettings get() const;
    int activeMask() const { return get().activeMask(); }
};

}  // namespace vida3::studio::audio
