// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/destination/secretstore.h"

#include <QMetaObject>

namespace vida3::studio {

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

void SecretStore::setAvailability(Availability availability)
{
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

void SecretStore::deliverLater(QObject *context, std::function<void()> call)
{
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [hadContext, guard = QPointer<QObject>(context), call = std::move(call)] {
            if (!contextGone(hadContext, guard))
                call();
        },
        Qt::QueuedConnection);
}

bool SecretStore::contextGone(bool hadContext, const QPointer<QObject> &context)
{
    return hadContext && context.isNull();
}

}  // namespace vida3::studio
