// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <mutex>

namespace vida3 {

// Scrubs registered secrets (stream keys, relay tokens) from any text before it is logged,
// shown or written. Thread-safe: the log handler calls it from every thread.
// One instance is created by the composition root and handed to whoever logs; not a singleton.
class SecretRedactor
{
public:
    static constexpr QStringView kMask = u"********";

    void addSecret(const QString &secret);
    void removeSecret(const QString &secret);
    QString redact(QString text) const;

private:
    mutable std::mutex m_mutex;
    QStringList m_secrets;
};

}  // namespace vida3
