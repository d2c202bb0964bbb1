// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/studiomode.h"

#include "app/previewwidget.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/document/sceneedits.h"
#include "studio/session/scenepreview.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
constexpr QSize kPreviewSize(640, 360);
}

StudioModePanel::StudioModePanel(studio::SceneDocument &document, std::function<studio::LayerFactory()> kinds,
                                 QWidget *parent)
    : QWidget(parent), m_document(document), m_kinds(std::move(kinds))
{
    setObjectName(QStringLiteral("studioModePanel"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("studioPreviewTitle"));
    m_preview = new PreviewWidget;
    m_preview->setObjectName(QStringLiteral("studioPreview"));
    m_preview->setAccessibleName(tr("Preview: the next scene"));
    m_preview->setFrameSource([this] { return m_renderer ? m_renderer->latest() : QImage(); });
    m_take = new QPushButton(tr("Take \u2192"));
    m_take->setObjectName(QStringLiteral("take"));
    m_take->setToolTip(tr("Put the preview on air with its transition (Ctrl+Enter)"));
    m_take->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_take, &QPushButton::clicked, this, &StudioModePanel::take);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_take);
    setVisible(false);

    connect(&document, &studio::SceneDocument::changed, this, [this](quint64, qsizetype scene) {
        if (m_on && (scene < 0 || m_document.scene(scene).id == m_previewId))
            refresh();
    });
}

StudioModePanel::~StudioModePanel() = default;

void StudioModePanel::setStudioMode(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (on) {
        m_renderer = std::make_unique<studio::ScenePreview>(m_kinds(), kPreviewSize);
        if (m_document.sceneIndex(m_previewId) < 0)
            m_previewId = m_document.collection().programId;
        refresh();
    } else {
        m_renderer.reset();
    }
    setVisible(on);
    Q_EMIT studioModeChanged(on);
    Q_EMIT previewSceneChanged(on ? m_previewId : QString());
}

void StudioModePanel::setPreviewScene(const QString &sceneId)
{
    if (sceneId == m_previewId || m_document.sceneIndex(sceneId) < 0)
        return;
    m_previewId = sceneId;
    refresh();
    Q_EMIT previewSceneChanged(m_previewId);
}

void StudioModePanel::refresh()
{
    qsizetype index = m_document.sceneIndex(m_previewId);
    if (index < 0) {  // removed: show what is on air
        m_previewId = m_document.collection().programId;
        index = m_document.sceneIndex(m_previewId);
        Q_EMIT previewSceneChanged(m_previewId);
        if (index < 0)
            return;
    }
    m_title->setText(tr("Preview: %1").arg(m_document.scene(index).name));
    m_take->setEnabled(m_previewId != m_document.collection().programId);
    if (m_renderer)
        m_renderer->setScene(m_document.collection().renderable(index));
}

bool StudioModePanel::take()
{
    if (!m_on || m_previewId == m_document.collection().programId)
        return false;
    const bool taken = bool(studio::sceneedits::setProgram(m_document, m_previewId, tr("Take \u201C%1\u201D").arg(
                                                                                        m_document.scene(m_document.sceneIndex(m_previewId)).name)));
    refresh();
    return taken;
}

}  // namespace vida3::app
