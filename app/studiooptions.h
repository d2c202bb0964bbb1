// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/sceneoptions.h"
#include "studio/audio/capturechannels.h"
#include "studio/audio/mixerchannel.h"
#include "studio/logging/loghandler.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vida3::app {

// Everything the command line can say. See docs/command-line.md.
struct StudioOptions
{
    bool headless = false;
    bool demo = false;  // no display: record the default scene for a few seconds
    QString scenePath;  // a collection or a version-1 scene; empty: the built-in VIDA³ scene
    SceneOptions scenes;  // --program, --switch-scene, --transition
    QString presetId = QStringLiteral("x");
    std::optional<int> width;
    std::optional<int> height;
    std::optional<int> fps;
    std::optional<int> videoBitrateKbps;
    std::optional<double> keyintSec;
    std::optional<int> audioBitrateKbps;
    QString x264Preset;  // empty: the default (auto, x264speed.h)
    QString encoderName; // --encoder: empty or one of encoder::encoderKindNames(); default x264
    QString vaapiDevice; // --vaapi-device: DRM render node
    bool listEncoders = false;  // --list-encoders: probe every encoder, print, exit
    // One per --stream; --stream-key-env, --stream-backup and --stream-name apply to the
    // --stream before them.
    struct Stream
    {
        QString url;
        QString keyEnv;
        QString backupUrl;
        QString name;
    };
    QList<Stream> streams;
    QStringList destinationNames;  // --destination, repeatable
    std::optional<double> reconnectDelaySec;
    std::optional<double> reconnectMaxDelaySec;
    std::optional<int> reconnectAttempts;
    std::optional<bool> adaptiveBitrate;
    QString tlsCaFile;
    QString recordPath;
    double durationSec = 0;  // 0: until SIGINT/SIGTERM
    QString statsPath;       // "-" for stdout
    studio::LogHandler::Format logFormat = studio::LogHandler::Format::Text;
    QtMsgType logLevel = QtInfoMsg;
    QString language;  // --language CODE (de, pt_BR, …); empty: the saved choice or the system's
    // Browser sources (studio/relay/relay-protocol.md). The relay runs when --relay-port or
    // --browser-source is given; it listens on 127.0.0.1 unless --relay-lan.
    std::optional<int> relayPort;  // default studio::relay::kDefaultPort (8787)
    bool relayLan = false;
    std::optional<int> relayDecodeThreads;  // default: one per core (studio/relay/decodethreads.h)
    QStringList browserSources;    // --browser-source NAME, repeatable: full-canvas layers on top
    QString relayTokenSource;      // --relay-token NAME: print a token and exit
    int relayTokenTtlSec = 24 * 3600;
    bool rotateRelaySecret = false;  // --rotate-relay-secret: new secret, every token revoked, exit
    // Audio (studio/audio): capture channels in mixer order, faders, the programme.
    QList<studio::audio::CaptureWish> audioCaptures;  // --audio-input …, then --desktop-audio …
    QList<studio::audio::ChannelSetting> mixer;       // --mixer NAME=DB[,mute]
    bool noTone = false;                              // --no-tone
    std::optional<double> loudnessTargetLufs;         // --loudness-target (default -14)
    bool listDevices = false;                         // --list-devices: print and exit
    // Media, screen and camera layers (studio/media), full canvas on top of the scene.
    QStringList mediaFiles;  // --media FILE, repeatable: layers "media", "media2", …
    bool mediaLoop = false;  // --loop: every --media loops
    QStringList screens;     // --screen DISPLAY[+X,Y,WxH]|default, repeatable: layers "screen", …
    bool screenCursor = true;  // --no-cursor clears it
    QStringList cameras;     // --camera NAME|default, repeatable: layers "camera", …
    QString cameraFormat;    // --camera-format WxH@FPS for every --camera
    // Remote control (studio/remote, an obs-websocket v5 server) and scheduling.
    std::optional<int> remotePort;  // --remote-control [PORT] (default 4455)
    bool remoteLan = false;         // --remote-control-lan: every interface (opt-in)
    QStringList remoteOrigins;      // --remote-allow-origin ORIGIN, repeatable
    QString remoteTlsCertificate;   // --remote-tls-cert FILE with --remote-tls-key FILE: wss://
    QString remoteTlsKey;
    bool standby = false;  // --standby: outputs wait for a remote StartStream/StartRecord
    QDateTime startAt;     // --start-at: outputs start then (invalid: at once)
    QDateTime stopAt;      // --stop-at: the run ends then
    // Session history (studio/history).
    bool printHistory = false;  // --history: print and exit
    QString historyCsvPath;     // --history-csv FILE: export and exit
    int historyDays = 90;       // --history-days N: retention
    bool keepHistory = true;    // --no-history clears it
    // Your data and this machine (app/datacommand).
    bool deleteAllData = false;  // --delete-all-data: remove settings, history, keys; exit
    bool assumeYes = false;      // --yes: no question first
    bool measureEncode = false;  // --measure-encode: what this machine can stream; exit
    double measureSeconds = 3;   // --measure-seconds S: per candidate
};

}  // namespace vida3::app
