// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vida3::testsupport {

// Where a secret leaked: which of the files under a directory (recursively, symlinks not followed)
// or which byte buffer contain it verbatim, percent-encoded or base64-encoded.
class SecretScan
{
public:
    explicit SecretScan(const QString &secret);

    bool foundIn(const QByteArray &data) const;
    QStringList filesContaining(const QString &dir) const;

private:
    QList<QByteArray> m_forms;
};

} // namespace vida3::testsupport
