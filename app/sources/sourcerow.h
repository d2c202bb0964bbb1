// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace vida3::app {

// One source the panel added: its name, and for a media file Pause/Play and Restart; Remove
// takes it off the scene. The row only asks; the panel acts.
class SourceRow : public QWidget
{
    Q_OBJECT

public:
    SourceRow(const QString &id, const QString &title, bool media, QWidget *parent = nullptr);

    QPushButton *pauseButton() const { return m_pause; }

Q_SIGNALS:
    void pauseToggled(const QString &id, bool paused);
    void restartRequested(const QString &id);
    void removeRequested(const QString &id);

private:
    QPushButton *m_pause = nullptr;
};

}  // namespace vida3::app
