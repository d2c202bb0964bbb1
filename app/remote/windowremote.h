// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/remote/obsnames.h"
#include "studio/remote/remotestudio.h"
#include "studio/session/sessionstats.h"

#include <QPointer>

namespace vida3::studio {
class SceneDocument;
}

namespace vida3::app {

class OutputControls;
class SessionController;
class StudioModePanel;

// RemoteStudio over the window: what a controller does is what the buttons do. Going live
// starts the included destinations (OutputControls), scene switches, studio mode and Take are
// the document's and the studio-mode panel's, so they land in the history and undo like a
// click; mutes and faders go through the controller and show on the mixer.
class WindowRemote : public studio::remote::RemoteStudio
{
    Q_OBJECT

public:
    WindowRemote(SessionController &controller, studio::SceneDocument &document, StudioModePanel &studioMode,
                 OutputControls &outputs, QObject *parent = nullptr);

    OutputStatus streamStatus() const override;
    studio::remote::Outcome startStream() override;
    studio::remote::Outcome stopStream() override;
    OutputStatus recordStatus() const override;
    studio::remote::Outcome startRecord() override;
    studio::remote::Outcome stopRecord() override;
    studio::remote::Outcome setRecordPaused(bool paused) override;
    QString streamServer() const override;

    QString collectionName() const override;
    QList<SceneInfo> scenes() const override;
    QString programScene() const override;
    QString previewScene() const override;
    bool studioMode() const override;
    studio::remote::Outcome setProgramScene(const QString &id) override;
    studio::remote::Outcome setPreviewScene(const QString &id) override;
    studio::remote::Outcome setStudioMode(bool enabled) override;
    studio::remote::Outcome triggerTransition() override;
    QList<ItemInfo> sceneItems(const QString &sceneId) const override;
    studio::remote::Outcome setItemEnabled(const QString &sceneId, int itemId, bool enabled) override;

    QList<TransitionInfo> transitions() const override;
    TransitionInfo currentTransition() const override;
    studio::remote::Outcome setTransition(const QString &name, std::optional<int> durationMs) override;

    QList<InputInfo> inputs() const override;
    studio::remote::Outcome setInputMuted(const QString &name, bool muted) override;
    studio::remote::Outcome setInputVolumeDb(const QString &name, double db) override;
    QList<InputLevels> takeLevels() override;

    Video video() const override;
    Stats stats() const override;
    QImage screenshot(const QString &sceneId) const override;
    QStringList actions() const override;
    studio::remote::Outcome triggerAction(const QString &name) override;

private:
    studio::remote::Outcome fromStatus(const Status &status, int code) const;

    SessionController &m_controller;
    studio::SceneDocument &m_document;
    StudioModePanel &m_studioMode;
    OutputControls &m_outputs;
    studio::remote::ObsOutputTracker m_stream{true};
    studio::remote::ObsOutputTracker m_record{false};
    studio::SessionStats m_stats;
    int m_levelsReader = -1;
};

}  // namespace vida3::app
