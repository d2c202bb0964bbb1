// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/destination/presettable.h"

#include "studio/destination/destinationvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <optional>

namespace vida3::studio {

namespace {

constexpr int kSupportedVersion = 1;

// Collects the first problem found while reading one preset; later reads become no-ops so
// the parser stays linear instead of a ladder of early returns.
class PresetReader
{
public:
    explicit PresetReader(QString where) : m_where(std::move(where)) {}

    QString string(const QJsonObject &object, QLatin1StringView key, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString())
            fail(key, QStringLiteral("must be a string"));
        return value.toString();
    }

    int integer(const QJsonObject &object, QLatin1StringView key, int min, int max)
    {
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number != static_cast<int>(number) || number < min || number > max) {
            fail(key, QStringLiteral("must be an integer in %1..%2").arg(min).arg(max));
            return 0;
        }
        return static_cast<int>(number);
    }

    QJsonObject object(const QJsonObject &parent, QLatin1StringView key)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isObject())
            fail(key, QStringLiteral("must be an object"));
        return value.toObject();
    }

    QStringList strings(const QJsonObject &object, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        QStringList result;
        if (!value.isArray()) {
            fail(key, QStringLiteral("must be an array of strings"));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                fail(key, QStringLiteral("must be an array of strings"));
            result.append(item.toString());
        }
        return result;
    }

    bool boolean(const QJsonObject &object, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isBool())
            fail(key, QStringLiteral("must be true or false"));
        return value.toBool();
    }

    void fail(QLatin1StringView key, const QString &what)
    {
        if (!m_error)
            m_error = m_where % QLatin1Char('.') % key % QLatin1Char(' ') % what;
    }
    void fail(const QString &what)
    {
        if (!m_error)
            m_error = m_where % QLatin1Char(' ') % what;
    }

    const std::optional<QString> &error() const { return m_error; }

private:
    QString m_where;
    std::optional<QString> m_error;
};

Error presetError(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument, QStringLiteral("presets: ") + detail};
}

PlatformPreset readPreset(const QJsonObject &json, PresetReader &r)
{
    PlatformPreset p;
    p.id = r.string(json, QLatin1StringView("id"));
    p.displayName = r.string(json, QLatin1StringView("displayName"));
    p.notes = r.string(json, QLatin1StringView("notes"), false);

    const QJsonObject server = r.object(json, QLatin1StringView("server"));
    p.server.defaultUrl = r.string(server, QLatin1StringView("defaultUrl"));
    p.server.placeholderUrl = r.string(server, QLatin1StringView("placeholderUrl"), false);
    p.server.backupUrl = r.string(server, QLatin1StringView("backupUrl"), false);
    p.server.allowedSchemes = r.strings(server, QLatin1StringView("allowedSchemes"));
    p.server.rtmpsRequired = r.boolean(server, QLatin1StringView("rtmpsRequired"));

    const QJsonObject video = r.object(json, QLatin1StringView("video"));
    p.video.codec = r.string(video, QLatin1StringView("codec"));
    p.video.h264Profile = r.string(video, QLatin1StringView("h264Profile"));
    p.video.width = r.integer(video, QLatin1StringView("width"), 16, 7680);
    p.video.height = r.integer(video, QLatin1StringView("height"), 16, 4320);
    p.video.fps = r.integer(video, QLatin1StringView("fps"), 1, 240);
    p.video.bitrateKbps = r.integer(video, QLatin1StringView("bitrateKbps"), 100, 200000);
    p.video.maxBitrateKbps = r.integer(video, QLatin1StringView("maxBitrateKbps"), 100, 200000);
    p.video.keyframeIntervalS = r.integer(video, QLatin1StringView("keyframeIntervalS"), 1, 60);
    p.video.maxKeyframeIntervalS = r.integer(video, QLatin1StringView("maxKeyframeIntervalS"), 1, 60);

    const QJsonObject audio = r.object(json, QLatin1StringView("audio"));
    p.audio.codec = r.string(audio, QLatin1StringView("codec"));
    p.audio.sampleRateHz = r.integer(audio, QLatin1StringView("sampleRateHz"), 8000, 192000);
    p.audio.channels = r.integer(audio, QLatin1StringView("channels"), 1, 8);
    p.audio.bitrateKbps = r.integer(audio, QLatin1StringView("bitrateKbps"), 8, 1024);
    p.audio.maxBitrateKbps = r.integer(audio, QLatin1StringView("maxBitrateKbps"), 8, 1024);

    const QJsonObject key = r.object(json, QLatin1StringView("streamKey"));
    p.streamKey.pattern = r.string(key, QLatin1StringView("pattern"));
    p.streamKey.description = r.string(key, QLatin1StringView("description"));
    if (!p.streamKey.pattern.isEmpty()) {
        p.streamKey.regex.setPattern(QRegularExpression::anchoredPattern(p.streamKey.pattern));
        if (!p.streamKey.regex.isValid())
            r.fail(QLatin1StringView("streamKey.pattern"), QStringLiteral("is not a valid regular expression"));
    }
    return p;
}

// Consistency rules a hand-edited preset file could break.
void checkPreset(const PlatformPreset &p, PresetReader &r)
{
    static const QStringList kSchemes{QStringLiteral("rtmp"), QStringLiteral("rtmps"), QStringLiteral("srt")};
    if (p.id.isEmpty() || p.displayName.isEmpty())
        r.fail(QStringLiteral("needs an id and a displayName"));
    if (p.server.allowedSchemes.isEmpty())
        r.fail(QStringLiteral("allows no scheme"));
    for (const QString &scheme : p.server.allowedSchemes) {
        if (!kSchemes.contains(scheme))
            r.fail(QStringLiteral("allows the unknown scheme ") + scheme);
    }
    if (p.server.rtmpsRequired && p.server.allowedSchemes != QStringList{QStringLiteral("rtmps")})
        r.fail(QStringLiteral("requires rtmps but allows another scheme"));
    if (p.video.bitrateKbps > p.video.maxBitrateKbps)
        r.fail(QStringLiteral("has a video bitrate above its maximum"));
    if (p.video.keyframeIntervalS > p.video.maxKeyframeIntervalS)
        r.fail(QStringLiteral("has a keyframe interval above its maximum"));
    if (p.audio.bitrateKbps > p.audio.maxBitrateKbps)
        r.fail(QStringLiteral("has an audio bitrate above its maximum"));
    if (p.video.width % 2 != 0 || p.video.height % 2 != 0)
        r.fail(QStringLiteral("has an odd frame size (4:2:0 needs even sizes)"));
    for (const QString &url : {p.server.defaultUrl, p.server.backupUrl}) {
        if (!url.isEmpty() && !DestinationValidator::validateServerUrl(p, url).isEmpty())
            r.fail(QStringLiteral("has a server URL its own rules reject"));
    }
    if (p.server.defaultUrl.isEmpty() && p.server.placeholderUrl.isEmpty())
        r.fail(QStringLiteral("needs a defaultUrl or a placeholderUrl"));
}

}  // namespace

Expected<PresetTable> PresetTable::load()
{
    QFile file(QStringLiteral(":/vida3/presets/platforms.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileIo, QStringLiteral("presets: cannot open ") + file.fileName()};
    return fromJson(file.readAll());
}

Expected<PresetTable> PresetTable::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return presetError(parseError.errorString() + QStringLiteral(" at offset ") + QString::number(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("version")).toInt() != kSupportedVersion)
        return presetError(QStringLiteral("unsupported version"));
    const QJsonValue presets = root.value(QLatin1StringView("presets"));
    if (!presets.isArray() || presets.toArray().isEmpty())
        return presetError(QStringLiteral("\"presets\" must be a non-empty array"));

    PresetTable table;
    QSet<QString> ids;
    const QJsonArray array = presets.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString id = object.value(QLatin1StringView("id")).toString();
        PresetReader reader(id.isEmpty() ? QStringLiteral("preset #%1").arg(i) : id);
        PlatformPreset preset = readPreset(object, reader);
        checkPreset(preset, reader);
        if (ids.contains(preset.id))
            reader.fail(QStringLiteral("is defined twice"));
        if (reader.error())
            return presetError(*reader.error());
        ids.insert(preset.id);
        table.m_presets.append(std::move(preset));
    }
    return table;
}

const PlatformPreset *PresetTable::find(QStringView id) const
{
    for (const PlatformPreset &preset : m_presets) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

}  // namespace vida3::studio
