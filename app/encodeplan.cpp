// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/encodeplan.h"

#include "encoder/x264speed.h"
#include "studio/session/presetfit.h"
#include "studio/session/presetsettings.h"

namespace vida3::app {

EncodePlan EncodePlan::make(const QList<const studio::PlatformPreset *> &platforms,
                            const studio::PlatformPreset *fallback, studio::StreamSession::Settings output,
                            const OutputFormat &format)
{
    EncodePlan plan;
    const studio::PlatformPreset *base = platforms.isEmpty() ? fallback : platforms.first();
    if (!base)
        return plan;
    studio::StreamSession::Settings settings = studio::settingsForPreset(*base);
    format.applyTo(settings);
    settings.reconnect = output.reconnect;
    settings.adaptiveBitrate = output.adaptiveBitrate;
    settings.video.x264Preset = output.video.x264Preset;
    settings.video.encoderKind = output.video.encoderKind;
    QStringList names;
    for (const studio::PlatformPreset *p : platforms)
        names.append(p->displayName);
    if (names.isEmpty())
        names.append(base->displayName);

    Expected<studio::StreamSession::Settings> fitted = studio::fitSettingsToPlatforms(settings, platforms,
                                                                                       &plan.adjustments);
    if (!fitted) {
        plan.adjustments.clear();
        // The detail names frame rates and platforms only, never a destination's key.
        plan.problem = tr("%1 cannot share one encode: %2. Untick one of them to go live.")
                           .arg(names.join(QStringLiteral(", ")), fitted.error().detail);
        return plan;
    }
    plan.settings = fitted.value();
    const encoder::VideoSettings &v = plan.settings->video;
    const bool autoSpeed = v.x264Preset == QLatin1StringView(encoder::kAutoX264Preset);
    const QString encoderText = v.encoderKind == encoder::VideoEncoderKind::X264
        ? (autoSpeed ? tr("x264 %1, chosen for this machine").arg(encoder::resolveX264Speed(v).x264Preset)
                     : QStringLiteral("x264 %1").arg(v.x264Preset))
        : encoder::encoderKindLabel(v.encoderKind);
    plan.summary = tr("One encode for %1: %2×%3 at %4 fps, video %5 kbps (%8), keyframe every %6 s, "
                      "audio %7 kbps")
                       .arg(names.join(QStringLiteral(", ")))
                       .arg(v.width)
                       .arg(v.height)
                       .arg(v.fps)
                       .arg(v.bitrateKbps)
                       .arg(v.keyintSec)
                       .arg(plan.settings->audio.bitrateKbps)
                       .arg(encoderText);
    return plan;
}

}  // namespace vida3::app
