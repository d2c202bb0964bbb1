// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/relay/sourcestats.h"

#include <QList>
#include <QTreeWidget>

namespace vida3::app {

// The browser sources the relay knows, one row each (BrowserSourceRow), in name order.
class ConnectedSourcesView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ConnectedSourcesView(QWidget *parent = nullptr);

    void setSources(QList<studio::relay::SourceStats> sources);
    // The row of the source called name; null when the relay does not know it.
    QTreeWidgetItem *rowFor(const QString &name) const;
};

}  // namespace vida3::app
