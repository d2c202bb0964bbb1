// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/remotesession.h"

#include "studio/remote/requestrouter.h"

#include <QTimer>

#include <cmath>

namespace vida3::studio::remote {

namespace {

// A JSON number that is a whole non-negative value (obs-websocket's "unsigned number").
std::optional<uint64_t> unsignedValue(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || std::trunc(d) != d || d > 4294967295.0)
        return std::nullopt;
    return static_cast<uint64_t>(d);
}

std::optional<int> executionTypeOf(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == -1 || d == 0 || d == 1 || d == 2)
            return static_cast<int>(d);
        return std::nullopt;
    }
    static const QStringList kNames{QStringLiteral("OBS_WEBSOCKET_REQUEST_BATCH_EXECUTION_TYPE_NONE"),
                                    QStringLiteral("OBS_WEBSOCKET_REQUEST_BATCH_EXECUTION_TYPE_SERIAL_REALTIME"),
                                    QStringLiteral("OBS_WEBSOCKET_REQUEST_BATCH_EXECUTION_TYPE_SERIAL_FRAME"),
                                    QStringLiteral("OBS_WEBSOCKET_REQUEST_BATCH_EXECUTION_TYPE_PARALLEL")};
    const qsizetype i = kNames.indexOf(v.toString());
    return i < 0 ? std::nullopt : std::optional<int>(static_cast<int>(i) - 1);
}

}  // namespace

RemoteSession::RemoteSession(const RemoteAuth &auth, RequestRouter &router, QObject *parent)
    : QObject(parent), m_auth(auth), m_router(router), m_challenge(RemoteAuth::newChallenge())
{
    m_sleep.setSingleShot(true);
    m_sleep.setTimerType(Qt::PreciseTimer);
    connect(&m_sleep, &QTimer::timeout, this, [this] {
        if (m_batch && runBatch())
            drain();
    });
}

QJsonObject RemoteSession::hello()
{
    ++m_outgoing;
    return {{QStringLiteral("op"), static_cast<int>(OpCode::Hello)},
            {QStringLiteral("d"),
             QJsonObject{{QStringLiteral("obsStudioVersion"), QLatin1String(kObsVersion)},
                         {QStringLiteral("obsWebSocketVersion"), QLatin1String(kObsWebSocketVersion)},
                         {QStringLiteral("rpcVersion"), kRpcVersion},
                         {QStringLiteral("authentication"),
                          QJsonObject{{QStringLiteral("challenge"), QString::fromLatin1(m_challenge)},
                                      {QStringLiteral("salt"), QString::fromLatin1(m_auth.salt())}}}}}};
}

void RemoteSession::refuseUndecodable(const QString &why)
{
    close(CloseCode::MessageDecodeError, why);
}

void RemoteSession::timeOut()
{
    close(CloseCode::UnknownReason, QStringLiteral("No Identify came in time."));
}

void RemoteSession::abandon()
{
    m_closed = true;
    m_sleep.stop();
    m_batch.reset();
    m_queue.clear();
}

void RemoteSession::receive(const QJsonObject &message)
{
    if (m_closed)
        return;
    ++m_incoming;
    if (m_batch) {
        if (m_queue.size() >= static_cast<size_t>(kMaxQueued)) {
            close(CloseCode::UnknownReason, QStringLiteral("Too many messages are waiting for a request batch to finish."));
            return;
        }
        m_queue.push_back(message);
        return;
    }
    process(message);
}

void RemoteSession::drain()
{
    while (!m_closed && !m_batch && !m_queue.empty()) {
        const QJsonObject message = std::move(m_queue.front());
        m_queue.pop_front();
        process(message);
    }
}

void RemoteSession::close(CloseCode code, const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_sleep.stop();
    m_batch.reset();
    m_queue.clear();
    Q_EMIT closeRequested(static_cast<int>(code), reason);
}

void RemoteSession::emitMessage(OpCode op, const QJsonObject &d)
{
    ++m_outgoing;
    Q_EMIT send({{QStringLiteral("op"), static_cast<int>(op)}, {QStringLiteral("d"), d}});
}

void RemoteSession::process(const QJsonObject &message)
{
    if (message.contains(QStringLiteral("request-type")) || message.contains(QStringLiteral("message-id"))) {
        close(CloseCode::UnsupportedRpcVersion, QStringLiteral("You are using an old version of the protocol (v4). This server speaks v5."));
        return;
    }
    if (!message.contains(QStringLiteral("op"))) {
        close(CloseCode::MissingDataField, QStringLiteral("Your request is missing an `op`."));
        return;
    }
    const std::optional<uint64_t> op = unsignedValue(message.value(QStringLiteral("op")));
    if (!op) {
        close(CloseCode::InvalidDataFieldType, QStringLiteral("Your `op` is not a number."));
        return;
    }
    const QJsonValue d = message.value(QStringLiteral("d"));
    if (!d.isObject()) {
        if (d.isNull() || d.isUndefined())
            close(CloseCode::MissingDataField, QStringLiteral("Your payload is missing data (`d`)."));
        else
            close(CloseCode::InvalidDataFieldType, QStringLiteral("Your payload's data (`d`) is not an object."));
        return;
    }
    if (!m_identified && *op != static_cast<uint64_t>(OpCode::Identify)) {
        close(CloseCode::NotIdentified, QStringLiteral("You attempted to send a non-Identify message while not identified."));
        return;
    }
    switch (static_cast<OpCode>(*op)) {
    case OpCode::Identify:
        identify(d.toObject());
        return;
    case OpCode::Reidentify:
        reidentify(d.toObject());
        return;
    case OpCode::Request:
        request(d.toObject());
        return;
    case OpCode::RequestBatch:
        startBatch(d.toObject());
        return;
    default:
        close(CloseCode::UnknownOpCode, QStringLiteral("Unknown OpCode: %1").arg(*op));
        return;
    }
}

bool RemoteSession::readSubscriptions(const QJsonObject &d)
{
    if (!d.contains(QStringLiteral("eventSubscriptions")) || d.value(QStringLiteral("eventSubscriptions")).isNull())
        return true;
    const std::optional<uint64_t> subs = unsignedValue(d.value(QStringLiteral("eventSubscriptions")));
    if (!subs) {
        close(CloseCode::InvalidDataFieldType, QStringLiteral("Your `eventSubscriptions` is not an unsigned number."));
        return false;
    }
    m_subscriptions = static_cast<uint32_t>(*subs);
    return true;
}

void RemoteSession::identify(const QJsonObject &d)
{
    if (m_identified) {
        close(CloseCode::AlreadyIdentified, QStringLiteral("You are already Identified with the obs-websocket server."));
        return;
    }
    const QJsonValue authentication = d.value(QStringLiteral("authentication"));
    if (authentication.isUndefined()) {
        Q_EMIT authenticationFailed();
        close(CloseCode::AuthenticationFailed,
              QStringLiteral("Your payload's data is missing an `authentication` string, however authentication is required."));
        return;
    }
    if (!authentication.isString() || !m_auth.check(m_challenge, authentication.toString().toUtf8())) {
        Q_EMIT authenticationFailed();
        close(CloseCode::AuthenticationFailed, QStringLiteral("Authentication failed."));
        return;
    }
    if (!d.contains(QStringLiteral("rpcVersion"))) {
        close(CloseCode::MissingDataField, QStringLiteral("Your payload's data is missing an `rpcVersion`."));
        return;
    }
    const std::optional<uint64_t> rpc = unsignedValue(d.value(QStringLiteral("rpcVersion")));
    if (!rpc) {
        close(CloseCode::InvalidDataFieldType, QStringLiteral("Your `rpcVersion` is not an unsigned number."));
        return;
    }
    if (*rpc != static_cast<uint64_t>(kRpcVersion)) {
        close(CloseCode::UnsupportedRpcVersion, QStringLiteral("Your requested RPC version is not supported by this server."));
        return;
    }
    if (!readSubscriptions(d))
        return;
    m_identified = true;
    emitMessage(OpCode::Identified, {{QStringLiteral("negotiatedRpcVersion"), kRpcVersion}});
    Q_EMIT identified();
}

void RemoteSession::reidentify(const QJsonObject &d)
{
    if (!readSubscriptions(d))
        return;
    emitMessage(OpCode::Identified, {{QStringLiteral("negotiatedRpcVersion"), kRpcVersion}});
}

QJsonObject RemoteSession::answer(const QJsonValue &requestType, const QJsonValue &requestId, const QJsonValue &requestData)
{
    RequestResult result;
    if (!requestType.isString()) {
        result = RequestResult::fail(status::MissingRequestType, QStringLiteral("Your request is missing a `requestType`."));
    } else if (!requestData.isUndefined() && !requestData.isNull() && !requestData.isObject()) {
        result = RequestResult::fail(status::InvalidRequestFieldType, QStringLiteral("Your `requestData` is not an object."));
    } else if (requestType.toString() == u"Sleep") {
        result = RequestResult::fail(status::UnsupportedRequestBatchExecutionType,
                                     QStringLiteral("Sleep only works inside a serial request batch."));
    } else {
        result = m_router.handle(requestType.toString(), requestData.toObject());
        if (requestType.toString() == u"GetStats" && result.outcome.isOk()) {
            result.data.insert(QStringLiteral("webSocketSessionIncomingMessages"), static_cast<qint64>(m_incoming));
            result.data.insert(QStringLiteral("webSocketSessionOutgoingMessages"), static_cast<qint64>(m_outgoing));
        }
    }
    QJsonObject status{{QStringLiteral("result"), result.outcome.isOk()}, {QStringLiteral("code"), result.outcome.code}};
    if (!result.outcome.comment.isEmpty())
        status.insert(QStringLiteral("comment"), result.outcome.comment);
    QJsonObject out{{QStringLiteral("requestType"), requestType.isString() ? requestType : QJsonValue(QString())},
                    {QStringLiteral("requestStatus"), status}};
    if (!requestId.isUndefined())
        out.insert(QStringLiteral("requestId"), requestId);
    if (result.hasData)
        out.insert(QStringLiteral("responseData"), result.data);
    return out;
}

void RemoteSession::request(const QJsonObject &d)
{
    if (!d.contains(QStringLiteral("requestId"))) {
        close(CloseCode::MissingDataField, QStringLiteral("Your payload data is missing a `requestId`."));
        return;
    }
    emitMessage(OpCode::RequestResponse,
                answer(d.value(QStringLiteral("requestType")), d.value(QStringLiteral("requestId")),
                       d.value(QStringLiteral("requestData"))));
}

void RemoteSession::startBatch(const QJsonObject &d)
{
    if (!d.contains(QStringLiteral("requestId"))) {
        close(CloseCode::MissingDataField, QStringLiteral("Your payload data is missing a `requestId`."));
        return;
    }
    if (!d.contains(QStringLiteral("requests"))) {
        close(CloseCode::MissingDataField, QStringLiteral("Your payload data is missing a `requests`."));
        return;
    }
    if (!d.value(QStringLiteral("requests")).isArray()) {
        close(CloseCode::InvalidDataFieldType, QStringLiteral("Your `requests` is not an array."));
        return;
    }
    const std::optional<int> execution = executionTypeOf(d.value(QStringLiteral("executionType")));
    if (!execution) {
        close(CloseCode::InvalidDataFieldValue, QStringLiteral("Your `executionType`'s value is not recognized."));
        return;
    }
    Batch batch;
    batch.requestId = d.value(QStringLiteral("requestId"));
    batch.requests = d.value(QStringLiteral("requests")).toArray();
    if (batch.requests.size() > kMaxBatchRequests) {
        close(CloseCode::InvalidDataFieldValue, QStringLiteral("Your batch has more than %1 requests.").arg(kMaxBatchRequests));
        return;
    }
    batch.haltOnFailure = d.value(QStringLiteral("haltOnFailure")).toBool(false);
    batch.executionType = *execution;
    m_batch = std::move(batch);
    if (runBatch())
        drain();
}

bool RemoteSession::runBatch()
{
    Batch &batch = *m_batch;
    while (batch.next < batch.requests.size()) {
        const QJsonObject entry = batch.requests.at(batch.next++).toObject();
        const QJsonValue type = entry.value(QStringLiteral("requestType"));
        const QJsonValue data = entry.value(QStringLiteral("requestData"));
        if (batch.executionType == -1) {
            batch.results.append(QJsonObject{
                {QStringLiteral("requestType"), type.isString() ? type : QJsonValue(QString())},
                {QStringLiteral("requestStatus"),
                 QJsonObject{{QStringLiteral("result"), false},
                             {QStringLiteral("code"), status::UnsupportedRequestBatchExecutionType}}}});
            continue;
        }
        if (type.isString() && type.toString() == u"Sleep" && batch.executionType != 2) {
            const QJsonObject sleep = data.toObject();
            const bool frames = batch.executionType == 1;
            const double amount = sleep.value(frames ? QStringLiteral("sleepFrames") : QStringLiteral("sleepMillis")).toDouble(-1);
            const double ms = frames ? amount * m_frameMs : amount;
            const double limit = frames ? kMaxSleepFrames : kMaxSleepMs;
            QJsonObject result{{QStringLiteral("requestType"), type}};
            if (entry.contains(QStringLiteral("requestId")))
                result.insert(QStringLiteral("requestId"), entry.value(QStringLiteral("requestId")));
            const bool valid = amount >= 0 && amount <= limit;
            result.insert(QStringLiteral("requestStatus"),
                          QJsonObject{{QStringLiteral("result"), valid},
                                      {QStringLiteral("code"), valid ? status::Success : status::RequestFieldOutOfRange}});
            batch.results.append(result);
            if (!valid && batch.haltOnFailure)
                break;
            if (valid && ms > 0) {
                m_sleep.start(static_cast<int>(std::lround(ms)));
                return false;
            }
            continue;
        }
        const QJsonObject result = answer(type, entry.value(QStringLiteral("requestId")), data);
        if (m_closed || !m_batch)
            return false;  // a handler ended the session (the studio is quitting)
        batch.results.append(result);
        if (batch.haltOnFailure && !result.value(QStringLiteral("requestStatus")).toObject().value(QStringLiteral("result")).toBool())
            break;
    }
    const QJsonObject response{{QStringLiteral("requestId"), batch.requestId}, {QStringLiteral("results"), batch.results}};
    m_batch.reset();
    emitMessage(OpCode::RequestBatchResponse, response);
    return true;
}

}  // namespace vida3::studio::remote
