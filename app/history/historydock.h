// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/history/historystore.h"

#include <QDockWidget>

class QLabel;
class QSettings;
class QSpinBox;
class QTreeWidget;

namespace vida3::app {

class SessionGraph;

// The Session history dock: every kept live or recording session (newest first) with its
// duration, destinations, bytes, frames lost by kind, reconnects and failures; the chosen one's
// bitrate graph; export as CSV or JSON; how long sessions are kept; delete the history.
// Nothing here is ever sent anywhere.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    HistoryDock(studio::history::HistoryStore store, QSettings &settings, QWidget *parent = nullptr);

    // How long sessions are kept (days, the setting "history/days"; default 90).
    int retentionDays() const;
    void reload();
    // For the menus and tests: what the buttons do (a path, no dialog).
    Status exportTo(const QString &path);
    Status deleteHistory();

Q_SIGNALS:
    void retentionChanged(int days);

private:
    void showChosen();
    void askExport();
    void askDelete();

    studio::history::HistoryStore m_store;
    QSettings &m_settings;
    QList<studio::history::SessionRecord> m_records;  // newest first, as listed
    QTreeWidget *m_list = nullptr;
    SessionGraph *m_graph = nullptr;
    QLabel *m_details = nullptr;
    QSpinBox *m_days = nullptr;
};

}  // namespace vida3::app
