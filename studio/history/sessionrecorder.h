// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/history/historystore.h"
#include "studio/history/sessionrecord.h"
#include "studio/session/sessionstats.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace vida3 {
class SecretRedactor;
}

namespace vida3::studio::history {

// Keeps each live or recording session in the history. From the moment an output starts until
// none runs any more it follows the session's per-second statistics, then writes one record
// (and prunes what is older than the retention). Every text is redacted and every URL stripped
// of user, password and query before it is kept: no stream key reaches the history.
// Thread-affine QObject.
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        QString collection;
        bool headless = false;
        int retentionDays = HistoryStore::kDefaultRetentionDays;
    };

    SessionRecorder(HistoryStore store, Context context, const SecretRedactor &redactor, QObject *parent = nullptr);
    ~SessionRecorder() override;

    void setCollection(const QString &name) { m_context.collection = name; }
    void setRetentionDays(int days) { m_context.retentionDays = days; }
    // Every statistics update of the session (StreamSession::statsUpdated).
    void onStats(const SessionStats &stats);
    // Output states (StreamSession::outputStateChanged): the record opens the moment one starts.
    void onOutputState(const QString &name, vida3::encoder::OutputState state);
    // Everything stopped (StreamSession::allStopped, whose stats() then hold every output's
    // final counts): the record ends here.
    void onAllStopped(const SessionStats &finalStats);
    // The studio is closing: whatever is open is kept as it stands.
    void flush();
    bool isOpen() const { return m_open; }

Q_SIGNALS:
    void recorded(const vida3::studio::history::SessionRecord &record);
    void problem(const QString &text);

private:
    struct Output
    {
        QString target;
        int64_t bytesBefore = 0;  // of earlier runs of this output within the session
        int64_t bytes = 0;
        int64_t droppedBefore = 0;
        int64_t dropped = 0;
        int64_t frames = 0;
        int reconnectsBefore = 0;
        int reconnects = 0;
        QString state;
        QString failure;
        double firstSeconds = -1;  // when it first ran, in session seconds
        double lastSeconds = 0;
    };

    void open(const SessionStats &stats);
    void follow(const SessionStats &stats);
    void close();
    SessionRecord record() const;
    int64_t lostSoFar() const;

    HistoryStore m_store;
    Context m_context;
    const SecretRedactor &m_redactor;
    bool m_open = false;
    SessionStats m_lastStats;
    QDateTime m_start;
    double m_startSeconds = 0;
    int64_t m_missedAtStart = 0;
    int64_t m_skippedAtStart = 0;
    int64_t m_missed = 0;
    int64_t m_skipped = 0;
    QHash<QString, Output> m_outputs;
    QStringList m_order;  // outputs in the order they appeared
    QList<SeriesPoint> m_series;
    double m_nextPointSeconds = 0;
};

}  // namespace vida3::studio::history
