// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/remote/obsnames.h"
#include "studio/remote/remotestudio.h"
#include "studio/scene/scenecollection.h"
#include "studio/session/sessionstats.h"
#include "studio/session/streamsession.h"

#include <QElapsedTimer>
#include <QHash>

namespace vida3::studio::remote {

// RemoteStudio over a StreamSession without a window (the headless runner): the collection's
// scenes, the session's mixer, and the run's outputs — the --stream destinations, started and
// stopped together, and the --record file. Studio mode keeps its preview scene here (nothing
// renders it; Take puts it on air). Pausing a recording is not offered.
class SessionRemote : public RemoteStudio
{
    Q_OBJECT

public:
    SessionRemote(StreamSession &session, SceneCollection collection, QList<StreamDestination> destinations,
                  QString recordPath, QObject *parent = nullptr);

    // The run is ending: ExitStarted goes out, and nothing starts any more.
    void announceExit()
    {
        m_exiting = true;
        Q_EMIT exitStarted();
    }

    OutputStatus streamStatus() const override;
    Outcome startStream() override;
    Outcome stopStream() override;
    OutputStatus recordStatus() const override;
    Outcome startRecord() override;
    Outcome stopRecord() override;
    Outcome setRecordPaused(bool paused) override;
    QString streamServer() const override;

    QString collectionName() const override;
    QList<SceneInfo> scenes() const override;
    QString programScene() const override;
    QString previewScene() const override;
    bool studioMode() const override { return m_studioMode; }
    Outcome setProgramScene(const QString &id) override;
    Outcome setPreviewScene(const QString &id) override;
    Outcome setStudioMode(bool enabled) override;
    Outcome triggerTransition() override;
    QList<ItemInfo> sceneItems(const QString &sceneId) const override;
    Outcome setItemEnabled(const QString &sceneId, int itemId, bool enabled) override;

    QList<TransitionInfo> transitions() const override;
    TransitionInfo currentTransition() const override;
    Outcome setTransition(const QString &name, std::optional<int> durationMs) override;

    QList<InputInfo> inputs() const override;
    Outcome setInputMuted(const QString &name, bool muted) override;
    Outcome setInputVolumeDb(const QString &name, double db) override;
    QList<InputLevels> takeLevels() override;

    Video video() const override;
    Stats stats() const override;
    QImage screenshot(const QString &sceneId) const override;
    QStringList actions() const override;
    Outcome triggerAction(const QString &name) override;

private:
    void onOutputState(const QString &name, encoder::OutputState state);
    void onProgramChanged(const QString &name);
    const audio::MixerChannel *channel(const QString &name) const;
    qsizetype sceneIndex(const QString &id) const;
    encoder::OutputState streamAggregate() const;

    StreamSession &m_session;
    SceneCollection m_collection;
    QList<StreamDestination> m_destinations;
    QString m_recordPath;
    QString m_programId;
    QString m_previewId;
    bool m_studioMode = false;
    QHash<QString, encoder::OutputState> m_states;
    ObsOutputTracker m_stream{true};
    ObsOutputTracker m_record{false};
    QElapsedTimer m_clock;
    bool m_exiting = false;
    SessionStats m_stats;
    int m_levelsReader = -1;
};

}  // namespace vida3::studio::remote
