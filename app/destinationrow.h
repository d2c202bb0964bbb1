// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"
#include "encoder/output.h"
#include "studio/destination/destination.h"
#include "studio/session/sessionstats.h"

#include <QFrame>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace vida3::app {

class CongestionIndicator;

// One destination in the list: whether Go Live includes it, its state (with the reconnect
// countdown), congestion square, bitrate and counters, the URL in use, and the actions that
// fit the state: Start, Stop, Retry after a failure, Reconnect now while waiting to reconnect.
// It only shows and asks; DestinationList acts.
class DestinationRow : public QFrame
{
    Q_OBJECT

public:
    explicit DestinationRow(QWidget *parent = nullptr);

    void setDestination(const studio::Destination &destination, const QString &platformName, bool hasKey);
    void setIncluded(bool included);
    bool isIncluded() const;
    // False when the destinations cannot share one encode: Start is disabled then.
    void setStartAllowed(bool allowed);

    void setState(encoder::OutputState state, const Error &error);
    void showSnapshot(const studio::OutputSnapshot &snapshot);

    QString name() const { return m_name; }
    encoder::OutputState state() const { return m_state; }
    QString stateText() const;
    QString countersText() const;
    QString targetText() const;
    QColor congestionColour() const;

Q_SIGNALS:
    void includedChanged(bool included);
    void startRequested();
    void stopRequested();
    void reconnectRequested();
    void editRequested();
    void removeRequested();

private:
    void refresh();

    QString m_name;
    bool m_hasKey = false;
    bool m_startAllowed = true;
    encoder::OutputState m_state = encoder::OutputState::Idle;
    Error m_error;
    std::optional<studio::OutputSnapshot> m_snapshot;
    QCheckBox *m_included = nullptr;
    QLabel *m_platform = nullptr;
    CongestionIndicator *m_congestion = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_target = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_reconnectNow = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
};

}  // namespace vida3::app
