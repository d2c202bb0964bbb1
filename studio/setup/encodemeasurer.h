// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/setup/encodecandidates.h"

#include <QObject>

#include <atomic>
#include <thread>

namespace vida3::studio {

// Measures candidates one after another on a worker thread (the window stays responsive) and
// reports each on the thread that owns this object. Once one keeps up, the rest (worse ones) are
// skipped: reported without a measurement. Destroying it cancels and waits
// for the frame being encoded.
class EncodeMeasurer : public QObject
{
    Q_OBJECT

public:
    explicit EncodeMeasurer(QObject *parent = nullptr);
    ~EncodeMeasurer() override;

    // Starts measuring `candidates`, about `secondsEach` each; a measurement under way is
    // cancelled first.
    void start(const QList<EncodeCandidate> &candidates, double secondsEach);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<CandidateResult> &results() const { return m_results; }

Q_SIGNALS:
    void started(int index, int count);  // about to measure candidate `index`
    void measured(int index);            // results().at(index) is in
    void finished(bool cancelled);

private:
    void stopWorker();

    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    QList<CandidateResult> m_results;
    bool m_running = false;
    int m_generation = 0;  // results of an earlier start() that arrive late are ignored
};

}  // namespace vida3::studio
