// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/remote/remotestudio.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace vida3::studio::remote {

// Reading a request's fields with obs-websocket's answers to bad ones: missing 300, wrong type
// 401, out of range 402, empty 403. Each returns the value, or sets *error and returns nothing.
std::optional<QString> stringField(const QJsonObject &data, const QString &name, Outcome *error);
std::optional<bool> boolField(const QJsonObject &data, const QString &name, Outcome *error);
std::optional<double> numberField(const QJsonObject &data, const QString &name, double min, double max, Outcome *error);
// An optional field: absent gives nothing without an error.
bool hasField(const QJsonObject &data, const QString &name);

// A scene's UUID: stable for its id (name-based, so the same scene keeps it across restarts).
QString sceneUuid(const QString &sceneId);
QString inputUuid(const QString &inputName);
// sceneName or sceneUuid (the UUID wins when both are given) → the scene's id; 600 if none.
std::optional<QString> sceneField(const QJsonObject &data, const RemoteStudio &studio, Outcome *error);
// inputName or inputUuid → the input; 600 if none.
std::optional<RemoteStudio::InputInfo> inputField(const QJsonObject &data, const RemoteStudio &studio, Outcome *error);
QString sceneName(const RemoteStudio &studio, const QString &id);

// "HH:MM:SS.mmm"
QString timecode(int64_t ms);

// GetSceneList's and SceneListChanged's scenes: OBS's order (index 0 = the last scene).
QJsonArray sceneListArray(const RemoteStudio &studio);
QString transitionUuid(const QString &transitionName);
// A fader in dB as OBS's multiplier (0 at or below −100 dB), and as OBS's dB (floored at −100).
double volumeMul(double db);
double volumeDb(double db);
// A server URL as a controller may see it: no user, password, query (SRT's streamid and
// passphrase) or fragment.
QString publicServerUrl(const QString &url);

}  // namespace vida3::studio::remote
