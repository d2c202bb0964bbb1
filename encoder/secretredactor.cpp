// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/secretredactor.h"

#include <QUrl>

namespace vida3 {

void SecretRedactor::addSecret(const QString &secret)
{
    // Very short strings would mask ordinary words; the validators refuse such keys anyway.
    if (secret.size() < 4)
        return;
    std::lock_guard lock(m_mutex);
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(secret));
    for (const QString &form : {secret, encoded}) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
}

void SecretRedactor::removeSecret(const QString &secret)
{
    std::lock_guard lock(m_mutex);
    m_secrets.removeAll(secret);
    m_secrets.removeAll(QString::fromUtf8(QUrl::toPercentEncoding(secret)));
}

QString SecretRedactor::redact(QString text) const
{
    std::lock_guard lock(m_mutex);
    for (const QString &secret : m_secrets)
        text.replace(secret, kMask.toString());
    return text;
}

}  // namespace vida3
