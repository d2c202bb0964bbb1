// SPDX-License-Identifier: GPL-2.0-or-later
// GetVersion, GetStats, GetVideoSettings, profiles and collections, hotkeys, screenshots.
#include "studio/remote/remoteprotocol.h"
#include "studio/remote/requestfields.h"
#include "studio/remote/requestrouter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QStorageInfo>
#include <QSysInfo>

#include <QElapsedTimer>

#include <cstdio>
#include <ctime>
#include <memory>

namespace vida3::studio::remote {

namespace {

// CPU use of the whole process since the previous GetStats, in percent of one core.
struct CpuSampler
{
    std::clock_t lastCpu = std::clock();
    QElapsedTimer wall;
    CpuSampler() { wall.start(); }
    double sample()
    {
        const std::clock_t now = std::clock();
        const qint64 ms = wall.restart();
        const double cpuMs = static_cast<double>(now - lastCpu) * 1000.0 / CLOCKS_PER_SEC;
        lastCpu = now;
        return ms > 0 ? cpuMs * 100.0 / static_cast<double>(ms) : 0;
    }
};

// The process's resident memory in MB.
double residentMb()
{
    std::FILE *f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return 0;
    long pages = 0;
    long resident = 0;
    const int read = std::fscanf(f, "%ld %ld", &pages, &resident);
    std::fclose(f);
    return read == 2 ? static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0) : 0;
}

QJsonObject versionData(const RequestRouter &router)
{
    return QJsonObject{
        {QStringLiteral("obsVersion"), QLatin1String(kObsVersion)},
        {QStringLiteral("obsWebSocketVersion"), QLatin1String(kObsWebSocketVersion)},
        {QStringLiteral("rpcVersion"), kRpcVersion},
        {QStringLiteral("availableRequests"), QJsonArray::fromStringList(router.available())},
        {QStringLiteral("supportedImageFormats"), QJsonArray{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg")}},
        {QStringLiteral("platform"), QSysInfo::productType()},
        {QStringLiteral("platformDescription"),
         QStringLiteral("VIDA³ Studio %1 (obs-websocket %2 compatible) on %3")
             .arg(QCoreApplication::applicationVersion(), QLatin1String(kObsWebSocketVersion), QSysInfo::prettyProductName())},
    };
}

RequestResult screenshot(RemoteStudio &studio, const QJsonObject &data)
{
    Outcome error;
    const bool byUuid = hasField(data, QStringLiteral("sourceUuid"));
    const std::optional<QString> source = stringField(data, byUuid ? QStringLiteral("sourceUuid") : QStringLiteral("sourceName"), &error);
    if (!source)
        return RequestResult::from(error);
    QString sceneId;
    for (const RemoteStudio::SceneInfo &scene : studio.scenes()) {
        if (byUuid ? sceneUuid(scene.id) == *source : scene.name == *source)
            sceneId = scene.id;
    }
    if (sceneId.isEmpty())
        return RequestResult::fail(status::ResourceNotFound, QStringLiteral("No source was found by that name."));
    const std::optional<QString> format = stringField(data, QStringLiteral("imageFormat"), &error);
    if (!format)
        return RequestResult::from(error);
    const QString fmt = format->toLower();
    if (fmt != u"png" && fmt != u"jpg" && fmt != u"jpeg")
        return RequestResult::fail(status::InvalidRequestField, QStringLiteral("Your specified image format is invalid or not supported."));
    QImage image = studio.screenshot(sceneId);
    if (image.isNull())
        return RequestResult::fail(status::RequestProcessingFailed, QStringLiteral("Failed to render screenshot."));
    int width = 0;
    int height = 0;
    if (hasField(data, QStringLiteral("imageWidth"))) {
        const std::optional<double> w = numberField(data, QStringLiteral("imageWidth"), 8, 4096, &error);
        if (!w)
            return RequestResult::from(error);
        width = static_cast<int>(*w);
    }
    if (hasField(data, QStringLiteral("imageHeight"))) {
        const std::optional<double> h = numberField(data, QStringLiteral("imageHeight"), 8, 4096, &error);
        if (!h)
            return RequestResult::from(error);
        height = static_cast<int>(*h);
    }
    // Never larger than the picture itself: a screenshot is a look, not work for the studio.
    width = std::min(width, image.width());
    height = std::min(height, image.height());
    if (width > 0 || height > 0) {
        image = width > 0 && height > 0
            ? image.scaled(width, height, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : (width > 0 ? image.scaledToWidth(width, Qt::SmoothTransformation)
                         : image.scaledToHeight(height, Qt::SmoothTransformation));
    }
    int quality = -1;
    if (hasField(data, QStringLiteral("imageCompressionQuality"))) {
        const std::optional<double> q = numberField(data, QStringLiteral("imageCompressionQuality"), -1, 100, &error);
        if (!q)
            return RequestResult::from(error);
        quality = static_cast<int>(*q);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QByteArray qtFormat = fmt == u"png" ? QByteArrayLiteral("PNG") : QByteArrayLiteral("JPEG");
    if (!image.save(&buffer, qtFormat.constData(), quality))
        return RequestResult::fail(status::RequestProcessingFailed, QStringLiteral("Failed to encode screenshot."));
    const QString mime = fmt == u"png" ? QStringLiteral("png") : QStringLiteral("jpeg");
    return RequestResult::with({{QStringLiteral("imageData"),
                                 QStringLiteral("data:image/%1;base64,%2").arg(mime, QString::fromLatin1(bytes.toBase64()))}});
}

}  // namespace

void addGeneralRequests(RequestTable &table, RemoteStudio &studio, const RequestRouter &router)
{
    table.insert(QStringLiteral("GetVersion"), [&router](const QJsonObject &) { return RequestResult::with(versionData(router)); });
    table.insert(QStringLiteral("GetStats"), [&studio, cpu = std::make_shared<CpuSampler>()](const QJsonObject &) {
        const RemoteStudio::Stats s = studio.stats();
        const QStorageInfo disk(s.recordFolder.isEmpty() ? QStringLiteral(".") : s.recordFolder);
        return RequestResult::with({
            {QStringLiteral("cpuUsage"), cpu->sample()},
            {QStringLiteral("memoryUsage"), residentMb()},
            {QStringLiteral("availableDiskSpace"), static_cast<double>(disk.bytesAvailable()) / (1024.0 * 1024.0)},
            {QStringLiteral("activeFps"), s.activeFps},
            {QStringLiteral("averageFrameRenderTime"), s.renderMs},
            {QStringLiteral("renderSkippedFrames"), static_cast<qint64>(s.renderSkipped)},
            {QStringLiteral("renderTotalFrames"), static_cast<qint64>(s.renderTotal)},
            {QStringLiteral("outputSkippedFrames"), static_cast<qint64>(s.outputSkipped)},
            {QStringLiteral("outputTotalFrames"), static_cast<qint64>(s.outputTotal)},
            // The session fills in its own message counts.
            {QStringLiteral("webSocketSessionIncomingMessages"), 0},
            {QStringLiteral("webSocketSessionOutgoingMessages"), 0},
        });
    });
    table.insert(QStringLiteral("GetVideoSettings"), [&studio](const QJsonObject &) {
        const RemoteStudio::Video v = studio.video();
        return RequestResult::with({
            {QStringLiteral("fpsNumerator"), v.fpsNumerator},
            {QStringLiteral("fpsDenominator"), v.fpsDenominator},
            {QStringLiteral("baseWidth"), v.baseWidth},
            {QStringLiteral("baseHeight"), v.baseHeight},
            {QStringLiteral("outputWidth"), v.outputWidth},
            {QStringLiteral("outputHeight"), v.outputHeight},
        });
    });
    // One profile and one collection at a time: the lists name them so clients can show them.
    table.insert(QStringLiteral("GetProfileList"), [](const QJsonObject &) {
        return RequestResult::with({{QStringLiteral("currentProfileName"), QStringLiteral("Default")},
                                    {QStringLiteral("profiles"), QJsonArray{QStringLiteral("Default")}}});
    });
    table.insert(QStringLiteral("GetSceneCollectionList"), [&studio](const QJsonObject &) {
        const QString name = studio.collectionName();
        return RequestResult::with({{QStringLiteral("currentSceneCollectionName"), name},
                                    {QStringLiteral("sceneCollections"), QJsonArray{name}}});
    });
    table.insert(QStringLiteral("GetHotkeyList"), [&studio](const QJsonObject &) {
        return RequestResult::with({{QStringLiteral("hotkeys"), QJsonArray::fromStringList(studio.actions())}});
    });
    table.insert(QStringLiteral("TriggerHotkeyByName"), [&studio](const QJsonObject &data) {
        Outcome error;
        const std::optional<QString> name = stringField(data, QStringLiteral("hotkeyName"), &error);
        if (!name)
            return RequestResult::from(error);
        return RequestResult::from(studio.triggerAction(*name));
    });
    table.insert(QStringLiteral("GetSourceScreenshot"), [&studio](const QJsonObject &data) { return screenshot(studio, data); });
    table.insert(QStringLiteral("GetRecordDirectory"), [&studio](const QJsonObject &) {
        return RequestResult::with({{QStringLiteral("recordDirectory"), studio.stats().recordFolder}});
    });
}

}  // namespace vida3::studio::remote
