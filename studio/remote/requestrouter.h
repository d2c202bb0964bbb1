// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/remote/remotestudio.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace vida3::studio::remote {

struct RequestResult
{
    Outcome outcome;
    QJsonObject data;
    bool hasData = false;

    static RequestResult with(QJsonObject data) { return {Outcome::ok(), std::move(data), true}; }
    static RequestResult done() { return {}; }
    static RequestResult fail(int code, QString comment) { return {Outcome::fail(code, std::move(comment)), {}, false}; }
    static RequestResult from(Outcome outcome) { return {std::move(outcome), {}, false}; }
};

using RequestHandler = std::function<RequestResult(const QJsonObject &requestData)>;
using RequestTable = QHash<QString, RequestHandler>;

// Every request this server answers, by its obs-websocket name; anything else answers 204.
// Sleep is the session's (it only means something inside a batch).
class RequestRouter
{
public:
    explicit RequestRouter(RemoteStudio &studio);

    RequestResult handle(const QString &requestType, const QJsonObject &requestData) const;
    QStringList available() const;  // sorted, Sleep included
    RemoteStudio &studio() const { return m_studio; }

private:
    RemoteStudio &m_studio;
    RequestTable m_table;
};

// Each category's handlers, in a file of its own.
void addGeneralRequests(RequestTable &table, RemoteStudio &studio, const RequestRouter &router);
void addOutputRequests(RequestTable &table, RemoteStudio &studio);
void addSceneRequests(RequestTable &table, RemoteStudio &studio);
void addInputRequests(RequestTable &table, RemoteStudio &studio);

}  // namespace vida3::studio::remote
