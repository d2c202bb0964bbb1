// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vida3::studio::history {

// One destination of a kept session: where it went (never a key) and how it fared.
struct DestinationRecord
{
    QString name;
    QString url;            // the server, without user, password, query or key
    int64_t bytes = 0;
    double averageKbps = 0;  // over the time it was on
    int64_t droppedNetwork = 0;
    int reconnects = 0;
    QString state;    // how it ended: stopped, failed
    QString failure;  // why it failed (empty when it did not)
};

struct RecordingRecord
{
    QString path;
    int64_t bytes = 0;
    int64_t frames = 0;
    QString failure;
};

// A point of the session's small report: seconds since the start, the streams' kbps, frames
// lost so far (every kind).
struct SeriesPoint
{
    double seconds = 0;
    double kbps = 0;
    int64_t lost = 0;
};

// A live or recording session as kept in the history: one JSON line per session
// (historystore.h). Nothing in it is ever sent anywhere.
struct SessionRecord
{
    QString id;  // the start time, unique enough and sortable
    QDateTime start;
    QDateTime end;
    QString collection;
    bool headless = false;
    QList<DestinationRecord> destinations;
    std::optional<RecordingRecord> recording;
    int64_t missedRender = 0;   // frames the renderer could not produce in time
    int64_t skippedEncode = 0;  // frames the encoder had no room for
    int64_t droppedNetwork = 0; // frames the streams could not send (every destination)
    QList<SeriesPoint> series;

    double durationS() const { return start.msecsTo(end) / 1000.0; }
    int reconnects() const;
    QStringList failures() const;

    QJsonObject toJson() const;
    static std::optional<SessionRecord> fromJson(const QJsonObject &object);
    // One line of --history's text form.
    QString toText() const;
};

// CSV with a header row, one row per session (destinations joined with "; "); RFC 4180 quoting.
QByteArray historyToCsv(const QList<SessionRecord> &records);

}  // namespace vida3::studio::history
