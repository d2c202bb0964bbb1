// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QMarginsF>
#include <QRectF>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace vida3::studio::remote {

// How a request ended: an obs-websocket status code (100 when it worked) and, on failure, a
// comment for the user. Comments never carry a secret.
struct Outcome
{
    int code = 100;
    QString comment;

    static Outcome ok() { return {}; }
    static Outcome fail(int code, QString comment) { return {code, std::move(comment)}; }
    bool isOk() const { return code == 100; }
};

// The studio as remote control sees it: what the requests read and change, and the signals
// its events come from. The headless runner and the window each provide one; the server and
// its request handlers only know this. Scenes are named by their id (the server turns ids into
// UUIDs); inputs are the mixer's channels, by name. Thread-affine QObject.
class RemoteStudio : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    struct OutputStatus
    {
        bool active = false;
        bool reconnecting = false;
        bool paused = false;
        int64_t durationMs = 0;
        int64_t bytes = 0;
        int64_t skippedFrames = 0;  // streams: dropped on the network
        int64_t totalFrames = 0;
        double congestion = 0;
        QString path;  // recordings
    };
    struct SceneInfo
    {
        QString id;
        QString name;
    };
    struct ItemInfo
    {
        int id = 0;  // stable while the scene's layers stay
        QString name;
        QString kind;
        bool enabled = true;
        bool locked = false;
        QRectF geometry;  // reference-canvas pixels
        double rotation = 0;
        QMarginsF crop;
    };
    struct InputInfo
    {
        QString name;
        QString kind;  // an OBS-style input kind ("vida3_tone", "pulse_input_capture", …)
        bool muted = false;
        double volumeDb = 0;
    };
    struct InputLevels
    {
        QString name;
        double rmsMul = 0;    // after the fader
        double peakMul = 0;   // after the fader
        double inputPeakMul = 0;
    };
    struct TransitionInfo
    {
        QString name;     // "Cut", "Fade", "Slide"
        int durationMs = 0;
        bool fixed = false;  // a cut has no duration
    };
    struct Video
    {
        int baseWidth = 0;
        int baseHeight = 0;
        int outputWidth = 0;
        int outputHeight = 0;
        int fpsNumerator = 30;
        int fpsDenominator = 1;
    };
    struct Stats
    {
        double activeFps = 0;
        double renderMs = 0;
        int64_t renderSkipped = 0;
        int64_t renderTotal = 0;
        int64_t outputSkipped = 0;
        int64_t outputTotal = 0;
        QString recordFolder;
    };

    virtual OutputStatus streamStatus() const = 0;
    virtual Outcome startStream() = 0;
    virtual Outcome stopStream() = 0;
    virtual OutputStatus recordStatus() const = 0;
    virtual Outcome startRecord() = 0;
    // Ends the recording; outputPath is the file.
    virtual Outcome stopRecord() = 0;
    virtual Outcome setRecordPaused(bool paused) = 0;
    // The destinations' servers without their keys, for GetStreamServiceSettings.
    virtual QString streamServer() const = 0;

    virtual QString collectionName() const = 0;
    virtual QList<SceneInfo> scenes() const = 0;
    virtual QString programScene() const = 0;
    virtual QString previewScene() const = 0;  // empty outside studio mode
    virtual bool studioMode() const = 0;
    virtual Outcome setProgramScene(const QString &id) = 0;
    virtual Outcome setPreviewScene(const QString &id) = 0;
    virtual Outcome setStudioMode(bool enabled) = 0;
    // Studio mode: puts the preview on air with the current transition.
    virtual Outcome triggerTransition() = 0;
    virtual QList<ItemInfo> sceneItems(const QString &sceneId) const = 0;
    virtual Outcome setItemEnabled(const QString &sceneId, int itemId, bool enabled) = 0;

    virtual QList<TransitionInfo> transitions() const = 0;
    virtual TransitionInfo currentTransition() const = 0;
    virtual Outcome setTransition(const QString &name, std::optional<int> durationMs) = 0;

    virtual QList<InputInfo> inputs() const = 0;
    virtual Outcome setInputMuted(const QString &name, bool muted) = 0;
    virtual Outcome setInputVolumeDb(const QString &name, double db) = 0;
    // Levels since the last call, for InputVolumeMeters (one reader: the server).
    virtual QList<InputLevels> takeLevels() = 0;

    virtual Video video() const = 0;
    virtual Stats stats() const = 0;
    // The programme as it looks now (null when nothing rendered yet).
    virtual QImage screenshot(const QString &sceneId) const = 0;

    // Named actions (the window's action registry; headless: its own few).
    virtual QStringList actions() const = 0;
    virtual Outcome triggerAction(const QString &name) = 0;

Q_SIGNALS:
    // obsState: OBS_WEBSOCKET_OUTPUT_STARTING, _STARTED, _STOPPING, _STOPPED, _RECONNECTING,
    // _RECONNECTED (and for recordings _PAUSED, _RESUMED).
    void streamStateChanged(bool active, const QString &obsState);
    void recordStateChanged(bool active, const QString &obsState, const QString &path);
    void programSceneChanged(const QString &id);
    void previewSceneChanged(const QString &id);
    void studioModeChanged(bool enabled);
    void sceneListChanged();
    void transitionChanged(const QString &name);
    void itemEnabledChanged(const QString &sceneId, int itemId, bool enabled);
    void inputMuteChanged(const QString &name, bool muted);
    void inputVolumeChanged(const QString &name, double db);
    void exitStarted();
};

}  // namespace vida3::studio::remote
