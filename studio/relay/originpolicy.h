// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vida3::studio::relay {

// Which page origins may open a relay connection. Default: http(s) pages on localhost,
// 127.0.0.1 and [::1] (any port), file:// pages (Origin "null"), and programs that send no
// Origin at all (only browsers send one, and they always do, so a page cannot hide it).
// extraOrigins adds exact origins such as "https://studio.example:8443". Reentrant.
class OriginPolicy
{
public:
    explicit OriginPolicy(QStringList extraOrigins = {});

    bool allows(const QString &origin) const;

private:
    QStringList m_extra;
};

}  // namespace vida3::studio::relay
