// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/connectedsourcesview.h"

#include "app/browsersourcerow.h"

#include <QHeaderView>

#include <algorithm>

namespace vida3::app {

ConnectedSourcesView::ConnectedSourcesView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(BrowserSourceRow::ColumnCount);
    setHeaderLabels(BrowserSourceRow::headers());
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setMinimumHeight(90);
}

void ConnectedSourcesView::setSources(QList<studio::relay::SourceStats> sources)
{
    std::sort(sources.begin(), sources.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    while (topLevelItemCount() > sources.size())
        delete takeTopLevelItem(topLevelItemCount() - 1);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        QTreeWidgetItem *item = topLevelItem(static_cast<int>(i));
        if (!item)
            item = new QTreeWidgetItem(this);
        const QStringList texts = BrowserSourceRow::texts(sources[i]);
        for (int column = 0; column < texts.size(); ++column)
            item->setText(column, texts[column]);
    }
}

QTreeWidgetItem *ConnectedSourcesView::rowFor(const QString &name) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(BrowserSourceRow::Name) == name)
            return topLevelItem(i);
    }
    return nullptr;
}

}  // namespace vida3::app
