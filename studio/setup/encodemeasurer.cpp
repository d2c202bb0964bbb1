// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/setup/encodemeasurer.h"

#include <QMetaObject>

namespace vida3::studio {

EncodeMeasurer::EncodeMeasurer(QObject *parent) : QObject(parent) {}

EncodeMeasurer::~EncodeMeasurer()
{
    stopWorker();
}

void EncodeMeasurer::stopWorker()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
}

void EncodeMeasurer::cancel()
{
    if (!m_running)
        return;
    stopWorker();
    m_running = false;
    ++m_generation;
    Q_EMIT finished(true);
}

void EncodeMeasurer::start(const QList<EncodeCandidate> &candidates, double secondsEach)
{
    cancel();
    stopWorker();  // a finished worker whose last report is still queued
    m_results.clear();
    m_running = true;
    const int generation = ++m_generation;
    // The worker only reads `candidates` (its own copy) and hands each result to this thread;
    // m_results is touched here only. Queued calls die with this object.
    m_worker = std::thread([this, candidates, secondsEach, generation] {
        QList<CandidateResult> done;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (m_cancel)
                return;
            CandidateResult result{candidates.at(i), std::nullopt, {}};
            if (needsMeasuring(done)) {
                QMetaObject::invokeMethod(this, [this, i, n = candidates.size(), generation] {
                    if (generation == m_generation)
                        Q_EMIT started(int(i), int(n));
                },
                                          Qt::QueuedConnection);
                auto measured = encoder::measureEncode(result.candidate.videoSettings(), secondsEach,
                                                       [this] { return m_cancel.load(); });
                if (m_cancel)
                    return;
                if (measured)
                    result.measurement = measured.value();
                else
                    result.error = measured.error().detail;
            }
            done.append(result);
            QMetaObject::invokeMethod(this, [this, result, i, generation] {
                if (generation != m_generation)
                    return;
                m_results.append(result);
                Q_EMIT measured(int(i));
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation != m_generation)
                return;
            if (m_worker.joinable())
                m_worker.join();
            m_running = false;
            Q_EMIT finished(false);
        }, Qt::QueuedConnection);
    });
}

}  // namespace vida3::studio
