// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/destination/destinationstore.h"

#include <QUrl>

#include <algorithm>

namespace vida3::studio {

namespace {

const QString kGroup = QStringLiteral("destinations");

// QSettings treats '/' and '\' in keys as separators: percent-encode names into one key.
QString groupFor(const QString &name)
{
    return kGroup % QLatin1Char('/') % QString::fromLatin1(QUrl::toPercentEncoding(name));
}

Destination readCurrentGroup(const QSettings &settings)
{
    Destination d;
    d.name = settings.value(QStringLiteral("name")).toString();
    d.presetId = settings.value(QStringLiteral("presetId")).toString();
    d.serverUrl = settings.value(QStringLiteral("serverUrl")).toString();
    d.backupUrl = settings.value(QStringLiteral("backupUrl")).toString();
    return d;
}

}  // namespace

DestinationStore::DestinationStore()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("VIDA3"), QStringLiteral("vida3-studio")))
{
}

DestinationStore::DestinationStore(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

DestinationStore::~DestinationStore() = default;

Status DestinationStore::save(const Destination &destination)
{
    if (destination.name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("destination: empty name")};
    if (destination.presetId.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("destination: no preset for ") + destination.name};

    m_settings->remove(groupFor(destination.name));
    m_settings->beginGroup(groupFor(destination.name));
    m_settings->setValue(QStringLiteral("name"), destination.name);
    m_settings->setValue(QStringLiteral("presetId"), destination.presetId);
    m_settings->setValue(QStringLiteral("serverUrl"), destination.serverUrl);
    if (!destination.backupUrl.isEmpty())
        m_settings->setValue(QStringLiteral("backupUrl"), destination.backupUrl);
    m_settings->endGroup();
    return sync();
}

Expected<Destination> DestinationStore::load(const QString &name) const
{
    m_settings->beginGroup(groupFor(name));
    const bool exists = m_settings->contains(QStringLiteral("name"));
    const Destination d = readCurrentGroup(*m_settings);
    m_settings->endGroup();
    if (!exists || name.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("destination: no destination named ") + name};
    return d;
}

QList<Destination> DestinationStore::list() const
{
    QList<Destination> result;
    m_settings->beginGroup(kGroup);
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        m_settings->beginGroup(group);
        if (m_settings->contains(QStringLiteral("name")))
            result.append(readCurrentGroup(*m_settings));
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const Destination &a, const Destination &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

Status DestinationStore::remove(const QString &name)
{
    if (name.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("destination: empty name")};
    m_settings->remove(groupFor(name));
    return sync();
}

Status DestinationStore::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return Status::ok();
    case QSettings::AccessError:
        return Error{ErrorCode::FileIo, QStringLiteral("destination settings: cannot write ") + m_settings->fileName()};
    case QSettings::FormatError:
        return Error{ErrorCode::FileIo, QStringLiteral("destination settings: unreadable ") + m_settings->fileName()};
    }
    return Error{ErrorCode::FileIo, QStringLiteral("destination settings: unknown error")};
}

}  // namespace vida3::studio
