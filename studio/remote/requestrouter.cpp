// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/requestrouter.h"

#include "studio/remote/remoteprotocol.h"

#include <algorithm>

namespace vida3::studio::remote {

RequestRouter::RequestRouter(RemoteStudio &studio) : m_studio(studio)
{
    addGeneralRequests(m_table, studio, *this);
    addOutputRequests(m_table, studio);
    addSceneRequests(m_table, studio);
    addInputRequests(m_table, studio);
}

RequestResult RequestRouter::handle(const QString &requestType, const QJsonObject &requestData) const
{
    if (requestType.isEmpty())
        return RequestResult::fail(status::MissingRequestType, QStringLiteral("Your request is missing a `requestType`."));
    const auto it = m_table.constFind(requestType);
    if (it == m_table.cend())
        return RequestResult::fail(status::UnknownRequestType, QStringLiteral("Your request type is not valid."));
    return it.value()(requestData);
}

QStringList RequestRouter::available() const
{
    QStringList names = m_table.keys();
    names.append(QStringLiteral("Sleep"));
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace vida3::studio::remote
