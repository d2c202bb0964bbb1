// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace vida3::studio {
class LayerFactory;
class SceneDocument;
class ScenePreview;
}  // namespace vida3::studio

namespace vida3::app {

class PreviewWidget;

// Studio mode: the next scene in a preview of its own beside the programme, edited there while
// the programme stays untouched on air; Take puts it on air with its transition, as an
// undoable step. The preview renders on its own low-priority thread at 15 fps (nothing is
// encoded). Off, the panel is hidden and no preview thread runs.
class StudioModePanel : public QWidget
{
    Q_OBJECT

public:
    StudioModePanel(studio::SceneDocument &document, std::function<studio::LayerFactory()> kinds, QWidget *parent = nullptr);
    ~StudioModePanel() override;

    void setStudioMode(bool on);
    bool studioMode() const { return m_on; }
    // The scene shown (and edited) in the preview; empty when none.
    void setPreviewScene(const QString &sceneId);
    QString previewScene() const { return m_previewId; }
    // Puts the preview scene on air with its transition; false when it already is.
    bool take();
    PreviewWidget *preview() const { return m_preview; }

Q_SIGNALS:
    void studioModeChanged(bool on);
    void previewSceneChanged(const QString &sceneId);

private:
    void refresh();

    studio::SceneDocument &m_document;
    std::function<studio::LayerFactory()> m_kinds;
    std::unique_ptr<studio::ScenePreview> m_renderer;
    PreviewWidget *m_preview = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_take = nullptr;
    QString m_previewId;
    bool m_on = false;
};

}  // namespace vida3::app
