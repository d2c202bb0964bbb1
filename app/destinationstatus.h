// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"
#include "encoder/output.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace vida3::studio {
struct OutputSnapshot;
}

namespace vida3::app {

// Words and colours for one destination's row: its state (with the countdown while it waits to
// reconnect), its counters and its congestion. Never quotes Error::detail (see ErrorText).
class DestinationStatus
{
    Q_DECLARE_TR_FUNCTIONS(DestinationStatus)

public:
    // Upper bounds of the green and yellow congestion bands (like OBS's status bar square).
    static constexpr double kCongestionGreenBelow = 0.3;
    static constexpr double kCongestionYellowBelow = 0.7;

    // `snapshot` may be null (no stats yet); used for the reconnect countdown and attempt.
    static QString stateText(encoder::OutputState state, const Error &error, const studio::OutputSnapshot *snapshot);
    // The style sheet's tone for the state: idle, busy, live or failed.
    static QString tone(encoder::OutputState state);
    // "2480 kbps · dropped (network) 3 · reconnects 1 · primary URL"
    static QString countersText(const studio::OutputSnapshot &snapshot);
    static QColor congestionColour(double congestion);
};

}  // namespace vida3::app
