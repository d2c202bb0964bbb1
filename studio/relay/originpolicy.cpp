// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/relay/originpolicy.h"

#include <QUrl>

namespace vida3::studio::relay {

OriginPolicy::OriginPolicy(QStringList extraOrigins) : m_extra(std::move(extraOrigins))
{
    for (QString &origin : m_extra)
        origin = origin.trimmed().toLower();
}

bool OriginPolicy::allows(const QString &origin) const
{
    if (origin.isEmpty() || origin == u"null" || origin == u"file://")
        return true;
    if (origin.size() > 256)
        return false;
    const QString lower = origin.toLower();
    if (m_extra.contains(lower))
        return true;
    const QUrl url(lower, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return false;
    // An origin is scheme://host[:port], nothing more.
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return false;
    const QString host = url.host();
    return host == u"localhost" || host == u"127.0.0.1" || host == u"::1";
}

}  // namespace vida3::studio::relay
