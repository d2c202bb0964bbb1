// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target for what remote control parses from the network: obs-websocket messages in
// JSON or MessagePack (msgpack-c), then the session (Identify, Request, RequestBatch, …) and
// every request handler's reading of its fields. The harness identifies first with the right
// password, so the fuzzer reaches the requests; a stand-in studio answers them (the handlers
// are what is fuzzed, not the session behind them).
// Input: byte 0 picks the encoding (even JSON, odd MessagePack), byte 1 whether to identify
// first; the rest is split into messages at each "\n~\n".
#include "studio/remote/messagecodec.h"
#include "studio/remote/remotesession.h"
#include "studio/remote/requestrouter.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstddef>
#include <cstdint>

using namespace vida3::studio::remote;

namespace {

class StandInStudio : public RemoteStudio
{
public:
    OutputStatus streamStatus() const override { return m_stream; }
    Outcome startStream() override { return m_stream.active = true, Outcome::ok(); }
    Outcome stopStream() override { return m_stream.active = false, Outcome::ok(); }
    OutputStatus recordStatus() const override { return m_record; }
    Outcome startRecord() override { return m_record.active = true, Outcome::ok(); }
    Outcome stopRecord() override { return m_record.active = false, Outcome::ok(); }
    Outcome setRecordPaused(bool paused) override { return m_record.paused = paused, Outcome::ok(); }
    QString streamServer() const override { return QStringLiteral("rtmp://127.0.0.1/live"); }
    QString collectionName() const override { return QStringLiteral("fuzz"); }
    QList<SceneInfo> scenes() const override { return {{QStringLiteral("a"), QStringLiteral("A")}, {QStringLiteral("b"), QStringLiteral("B")}}; }
    QString programScene() const override { return m_program; }
    QString previewScene() const override { return m_studio ? m_preview : QString(); }
    bool studioMode() const override { return m_studio; }
    Outcome setProgramScene(const QString &id) override { return m_program = id, Outcome::ok(); }
    Outcome setPreviewScene(const QString &id) override { return m_preview = id, Outcome::ok(); }
    Outcome setStudioMode(bool enabled) override { return m_studio = enabled, Outcome::ok(); }
    Outcome triggerTransition() override { return std::swap(m_program, m_preview), Outcome::ok(); }
    QList<ItemInfo> sceneItems(const QString &) const override { return {{1, QStringLiteral("fill"), QStringLiteral("color"), true, false, {}, 0, {}}}; }
    Outcome setItemEnabled(const QString &, int itemId, bool) override
    {
        return itemId == 1 ? Outcome::ok() : Outcome::fail(600, QStringLiteral("no such item"));
    }
    QList<TransitionInfo> transitions() const override { return {{QStringLiteral("Cut"), 0, true}, {QStringLiteral("Fade"), 300, false}}; }
    TransitionInfo currentTransition() const override { return {QStringLiteral("Fade"), 300, false}; }
    Outcome setTransition(const QString &, std::optional<int>) override { return Outcome::ok(); }
    QList<InputInfo> inputs() const override { return {{QStringLiteral("tone"), QStringLiteral("vida3_tone"), m_muted, m_db}}; }
    Outcome setInputMuted(const QString &, bool muted) override { return m_muted = muted, Outcome::ok(); }
    Outcome setInputVolumeDb(const QString &, double db) override { return m_db = db, Outcome::ok(); }
    QList<InputLevels> takeLevels() override { return {}; }
    Video video() const override { return {1280, 720, 1280, 720, 30, 1}; }
    Stats stats() const override { return {}; }
    QImage screenshot(const QString &) const override { return QImage(16, 9, QImage::Format_RGB32); }
    QStringList actions() const override { return {QStringLiteral("OBSBasic.Transition")}; }
    Outcome triggerAction(const QString &) override { return Outcome::ok(); }

private:
    OutputStatus m_stream;
    OutputStatus m_record;
    QString m_program = QStringLiteral("a");
    QString m_preview = QStringLiteral("b");
    bool m_studio = false;
    bool m_muted = false;
    double m_db = 0;
};

const QString kPassword = QStringLiteral("fuzzing password");

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "remote-message-fuzzer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static StandInStudio studio;
    static RequestRouter router(studio);
    static const RemoteAuth auth = RemoteAuth::fromPassword(kPassword, QByteArrayLiteral("c2FsdA=="));
    if (size < 2)
        return 0;
    const Encoding encoding = (data[0] & 1) ? Encoding::MsgPack : Encoding::Json;
    RemoteSession session(auth, router);
    bool closed = false;
    QObject::connect(&session, &RemoteSession::closeRequested, &session, [&closed](int, const QString &) { closed = true; });
    QObject::connect(&session, &RemoteSession::send, &session, [encoding](const QJsonObject &message) {
        (void)encodeMessage(message, encoding);  // what would go back on the wire
    });
    const QJsonObject hello = session.hello();
    if (data[1] & 1) {
        const QJsonObject a = hello[u"d"].toObject()[u"authentication"].toObject();
        session.receive({{QStringLiteral("op"), 1},
                         {QStringLiteral("d"),
                          QJsonObject{{QStringLiteral("rpcVersion"), 1},
                                      {QStringLiteral("authentication"),
                                       QString::fromLatin1(RemoteAuth::answer(kPassword, a[u"salt"].toString().toLatin1(),
                                                                              a[u"challenge"].toString().toLatin1()))}}}});
    }
    const QByteArray input(reinterpret_cast<const char *>(data + 2), static_cast<qsizetype>(size - 2));
    for (const QByteArray &chunk : input.split('\x7e')) {
        if (closed)
            break;
        vida3::Expected<QJsonObject> message = decodeMessage(chunk, encoding);
        if (message)
            session.receive(message.value());
        else
            session.refuseUndecodable(message.error().detail);
    }
    return 0;
}
