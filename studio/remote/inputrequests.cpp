// SPDX-License-Identifier: GPL-2.0-or-later
// Inputs: the mixer's channels, their mute and volume.
#include "studio/remote/remoteprotocol.h"
#include "studio/remote/requestfields.h"
#include "studio/remote/requestrouter.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace vida3::studio::remote {

namespace {

constexpr double kMinDb = -100;  // OBS's floor: below it is silence (multiplier 0)
constexpr double kMaxDb = 20;    // the mixer's fader goes to +20 dB


QJsonObject inputEntry(const RemoteStudio::InputInfo &input)
{
    return {{QStringLiteral("inputName"), input.name},
            {QStringLiteral("inputUuid"), inputUuid(input.name)},
            {QStringLiteral("inputKind"), input.kind},
            {QStringLiteral("unversionedInputKind"), input.kind},
            {QStringLiteral("inputKindCaps"), 0}};
}

RequestResult setVolume(RemoteStudio &studio, const QJsonObject &data)
{
    Outcome error;
    const std::optional<RemoteStudio::InputInfo> input = inputField(data, studio, &error);
    if (!input)
        return RequestResult::from(error);
    const bool byMul = hasField(data, QStringLiteral("inputVolumeMul"));
    const bool byDb = hasField(data, QStringLiteral("inputVolumeDb"));
    if (byMul == byDb)
        return RequestResult::fail(byMul ? status::TooManyRequestFields : status::MissingRequestField,
                                   QStringLiteral("Give exactly one of `inputVolumeMul` and `inputVolumeDb`."));
    double db = 0;
    if (byMul) {
        const std::optional<double> mul = numberField(data, QStringLiteral("inputVolumeMul"), 0, volumeMul(kMaxDb), &error);
        if (!mul)
            return RequestResult::from(error);
        db = *mul <= 0 ? -std::numeric_limits<double>::infinity() : 20.0 * std::log10(*mul);
    } else {
        const std::optional<double> value = numberField(data, QStringLiteral("inputVolumeDb"), kMinDb, kMaxDb, &error);
        if (!value)
            return RequestResult::from(error);
        db = *value <= kMinDb ? -std::numeric_limits<double>::infinity() : *value;
    }
    return RequestResult::from(studio.setInputVolumeDb(input->name, db));
}

std::optional<RemoteStudio::InputInfo> firstOfKind(const QList<RemoteStudio::InputInfo> &inputs, const QString &kind, int skip)
{
    for (const RemoteStudio::InputInfo &input : inputs) {
        if (input.kind == kind && skip-- == 0)
            return input;
    }
    return std::nullopt;
}

}  // namespace

void addInputRequests(RequestTable &table, RemoteStudio &studio)
{
    RemoteStudio *s = &studio;
    table.insert(QStringLiteral("GetInputList"), [s](const QJsonObject &data) {
        const QString kind = data.value(QStringLiteral("inputKind")).toString();
        QJsonArray array;
        for (const RemoteStudio::InputInfo &input : s->inputs()) {
            if (kind.isEmpty() || input.kind == kind)
                array.append(inputEntry(input));
        }
        return RequestResult::with({{QStringLiteral("inputs"), array}});
    });
    table.insert(QStringLiteral("GetInputKindList"), [s](const QJsonObject &) {
        QStringList kinds;
        for (const RemoteStudio::InputInfo &input : s->inputs()) {
            if (!kinds.contains(input.kind))
                kinds.append(input.kind);
        }
        return RequestResult::with({{QStringLiteral("inputKinds"), QJsonArray::fromStringList(kinds)}});
    });
    table.insert(QStringLiteral("GetSpecialInputs"), [s](const QJsonObject &) {
        const QList<RemoteStudio::InputInfo> inputs = s->inputs();
        QJsonObject data;
        const auto slot = [&](const QString &key, const QString &kind, int index) {
            const std::optional<RemoteStudio::InputInfo> input = firstOfKind(inputs, kind, index);
            data.insert(key, input ? QJsonValue(input->name) : QJsonValue(QJsonValue::Null));
        };
        slot(QStringLiteral("desktop1"), QStringLiteral("pulse_output_capture"), 0);
        slot(QStringLiteral("desktop2"), QStringLiteral("pulse_output_capture"), 1);
        for (int i = 0; i < 4; ++i)
            slot(QStringLiteral("mic%1").arg(i + 1), QStringLiteral("pulse_input_capture"), i);
        return RequestResult::with(data);
    });
    table.insert(QStringLiteral("GetInputMute"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<RemoteStudio::InputInfo> input = inputField(data, *s, &error);
        return input ? RequestResult::with({{QStringLiteral("inputMuted"), input->muted}}) : RequestResult::from(error);
    });
    table.insert(QStringLiteral("SetInputMute"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<RemoteStudio::InputInfo> input = inputField(data, *s, &error);
        if (!input)
            return RequestResult::from(error);
        const std::optional<bool> muted = boolField(data, QStringLiteral("inputMuted"), &error);
        return muted ? RequestResult::from(s->setInputMuted(input->name, *muted)) : RequestResult::from(error);
    });
    table.insert(QStringLiteral("ToggleInputMute"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<RemoteStudio::InputInfo> input = inputField(data, *s, &error);
        if (!input)
            return RequestResult::from(error);
        const Outcome set = s->setInputMuted(input->name, !input->muted);
        return set.isOk() ? RequestResult::with({{QStringLiteral("inputMuted"), !input->muted}}) : RequestResult::from(set);
    });
    table.insert(QStringLiteral("GetInputVolume"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<RemoteStudio::InputInfo> input = inputField(data, *s, &error);
        if (!input)
            return RequestResult::from(error);
        return RequestResult::with({{QStringLiteral("inputVolumeMul"), volumeMul(input->volumeDb)},
                                    {QStringLiteral("inputVolumeDb"), volumeDb(input->volumeDb)}});
    });
    table.insert(QStringLiteral("SetInputVolume"), [s](const QJsonObject &data) { return setVolume(*s, data); });
    // One mix goes to every output: the first track carries every channel.
    table.insert(QStringLiteral("GetInputAudioTracks"), [s](const QJsonObject &data) {
        Outcome error;
        const std::optional<RemoteStudio::InputInfo> input = inputField(data, *s, &error);
        if (!input)
            return RequestResult::from(error);
        QJsonObject tracks;
        for (int i = 1; i <= 6; ++i)
            tracks.insert(QString::number(i), i == 1);
        return RequestResult::with({{QStringLiteral("inputAudioTracks"), tracks}});
    });
}

}  // namespace vida3::studio::remote
