// SPDX-License-Identifier: GPL-2.0-or-later
#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

namespace vida3::testsupport {

SecretScan::SecretScan(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    m_forms = {raw, QUrl::toPercentEncoding(secret), raw.toBase64(QByteArray::OmitTrailingEquals)};
}

bool SecretScan::foundIn(const QByteArray &data) const
{
    for (const QByteArray &form : m_forms) {
        if (!form.isEmpty() && data.contains(form))
            return true;
    }
    return false;
}

QStringList SecretScan::filesContaining(const QString &dir) const
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && foundIn(file.readAll()))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace vida3::testsupport
