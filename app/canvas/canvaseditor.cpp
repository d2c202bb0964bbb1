// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/canvas/canvaseditor.h"

#include "app/canvas/canvasaccessible.h"
#include "app/previewwidget.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/models/layerlistmodel.h"

#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace vida3::app {

using studio::geometry::Handle;

CanvasEditor::CanvasEditor(studio::SceneDocument &document, studio::LayerListModel &layers, QItemSelectionModel &selection,
                           PreviewWidget &preview)
    : QWidget(&preview), m_document(document), m_layers(layers), m_selection(selection), m_preview(preview)
{
    setObjectName(QStringLiteral("canvasEditor"));
    setAccessibleName(tr("Canvas"));
    setAccessibleDescription(tr("The scene being edited. Page Up and Page Down select a layer, arrows move it, "
                                "Alt with arrows resizes it, Shift makes steps of 10 pixels, the menu key arranges it."));
    setFocusPolicy(Qt::StrongFocus);
    CanvasAccessible::install();
    setMouseTracking(true);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(preview.rect());
    preview.installEventFilter(this);  // follows the preview's size
    connect(&selection, &QItemSelectionModel::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(&document, &studio::SceneDocument::changed, this, qOverload<>(&QWidget::update));
    m_lastNudge.invalidate();
}

QString CanvasEditor::sceneId() const
{
    return m_layers.sceneId();
}

QSizeF CanvasEditor::canvasSize() const
{
    return QSizeF(m_document.collection().canvasSize);
}

QTransform CanvasEditor::canvasToWidget() const
{
    const QRectF frame = m_preview.frameRect();
    const QSizeF canvas = canvasSize();
    return QTransform(frame.width() / canvas.width(), 0, 0, frame.height() / canvas.height(), frame.x(), frame.y());
}

QList<studio::geometry::LayerBox> CanvasEditor::boxes() const
{
    QList<studio::geometry::LayerBox> out;
    const qsizetype scene = m_document.sceneIndex(sceneId());
    if (scene < 0)
        return out;
    for (const QString &id : studio::layeredits::paintOrder(m_document, sceneId())) {
        const studio::LayerDescription &layer = m_document.scene(scene).scene.layers.at(m_document.layerIndex(scene, id));
        out.append({id, layer.geometryPx, layer.visible, layer.locked, layer.rotation, layer.trim});
    }
    return out;
}

QString CanvasEditor::layerKind(const QString &id) const
{
    const qsizetype scene = m_document.sceneIndex(sceneId());
    const qsizetype at = m_document.layerIndex(scene, id);
    return at < 0 ? QString() : m_document.scene(scene).scene.layers.at(at).kind;
}

double CanvasEditor::layerRotation(const QString &id) const
{
    const qsizetype scene = m_document.sceneIndex(sceneId());
    const qsizetype at = m_document.layerIndex(scene, id);
    return at < 0 ? 0.0 : m_document.scene(scene).scene.layers.at(at).rotation;
}

QPointF CanvasEditor::rotationHandle(const QString &id) const
{
    // Above the top edge's middle, kRotationHandlePx away on screen, turning with the layer.
    const QRectF full = layerRect(id);
    const QRectF r = full - layerTrim(id);
    const double lift = kRotationHandlePx / std::max(1e-6, canvasToWidget().m11());
    return canvasToWidget().map(studio::geometry::fromLocal(QPointF(r.center().x(), r.top() - lift), full, layerRotation(id)));
}

QMarginsF CanvasEditor::layerTrim(const QString &id) const
{
    const qsizetype scene = m_document.sceneIndex(sceneId());
    const qsizetype at = m_document.layerIndex(scene, id);
    return at < 0 ? QMarginsF() : m_document.scene(scene).scene.layers.at(at).trim;
}

Handle CanvasEditor::handleUnder(const QString &id, QPointF widgetPos) const
{
    const QTransform toWidget = canvasToWidget();
    const QRectF full = layerRect(id);
    const QPointF local = studio::geometry::toLocal(toWidget.inverted().map(widgetPos), full, layerRotation(id));
    return studio::geometry::handleAt(toWidget.mapRect(full - layerTrim(id)), toWidget.map(local), kHandlePx);
}

QRectF CanvasEditor::layerRect(const QString &id) const
{
    const qsizetype scene = m_document.sceneIndex(sceneId());
    const qsizetype at = m_document.layerIndex(scene, id);
    return at < 0 ? QRectF() : m_document.scene(scene).scene.layers.at(at).geometryPx;
}

QStringList CanvasEditor::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_selection.selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_layers.layerId(index.row()));
    return ids;
}

void CanvasEditor::select(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_layers.rowOf(id);
        if (row >= 0)
            selection.select(m_layers.index(row), m_layers.index(row));
    }
    m_selection.select(selection, QItemSelectionModel::ClearAndSelect);
    if (!ids.isEmpty())
        m_selection.setCurrentIndex(m_layers.index(m_layers.rowOf(ids.last())), QItemSelectionModel::NoUpdate);
}

void CanvasEditor::selectNeighbour(int direction)
{
    // Rows list the top layer first: "above" is the row before.
    const int rows = m_layers.rowCount();
    if (rows == 0)
        return;
    const QStringList ids = selectedIds();
    // From nothing, Page Up starts at the top layer and Page Down at the bottom one.
    int row = ids.isEmpty() ? (direction > 0 ? 0 : rows - 1) : m_layers.rowOf(ids.last()) - direction;
    row = std::clamp(row, 0, rows - 1);
    select({m_layers.layerId(row)});
}

void CanvasEditor::setSafeAreasShown(bool on)
{
    m_safeAreas = on;
    update();
}

void CanvasEditor::setVerticalGuideShown(bool on)
{
    m_vertical = on;
    update();
}

void CanvasEditor::apply(const QStringList &ids, const QList<QRectF> &rects, const QString &text, const QString &mergeKey)
{
    (void)studio::layeredits::setGeometry(m_document, sceneId(), ids, rects, text, mergeKey);
}

void CanvasEditor::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    const QTransform toWidget = canvasToWidget();
    const QPointF pos = event->position();
    m_pressCanvas = toWidget.inverted().map(pos);
    const QStringList selected = selectedIds();
    m_handle = Handle::None;
    m_rotating = false;
    if (selected.size() == 1 && !isLocked(selected.first())) {
        if (QLineF(rotationHandle(selected.first()), pos).length() <= kHandlePx) {
            m_rotating = true;
            m_handle = Handle::Move;  // a gesture is under way
        } else if (const Handle h = handleUnder(selected.first(), pos); h != Handle::None && h != Handle::Move) {
            m_handle = h;
        }
    }
    if (m_handle == Handle::None && !m_rotating) {
        const QString hit = studio::geometry::hitTest(boxes(), m_pressCanvas);
        if (hit.isEmpty()) {
            if (!(event->modifiers() & Qt::ControlModifier))
                select({});
            return;
        }
        QStringList ids = selected;
        m_toggleOff.clear();
        if (event->modifiers() & Qt::ControlModifier) {
            // Ctrl adds; Ctrl on a selected layer takes it out, unless it is dragged (Ctrl
            // also means "no snapping" while dragging).
            if (ids.contains(hit))
                m_toggleOff = hit;
            else
                ids.append(hit);
        } else if (!ids.contains(hit)) {
            ids = {hit};
        }
        select(ids);
        m_handle = Handle::Move;
    }
    m_dragIds = selectedIds();
    m_dragIds.removeIf([this](const QString &id) { return isLocked(id); });
    m_dragStart.clear();
    m_trimStart = m_dragIds.isEmpty() ? QMarginsF() : layerTrim(m_dragIds.first());
    for (const QString &id : std::as_const(m_dragIds))
        m_dragStart.append(layerRect(id));
    ++m_gesture;
}

void CanvasEditor::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_handle == Handle::None || m_dragIds.isEmpty()) {
        const QStringList selected = selectedIds();
        Handle hover = Handle::None;
        if (selected.size() == 1)
            hover = handleUnder(selected.first(), event->position());
        static const QHash<Handle, Qt::CursorShape> shapes{
            {Handle::TopLeft, Qt::SizeFDiagCursor}, {Handle::BottomRight, Qt::SizeFDiagCursor},
            {Handle::TopRight, Qt::SizeBDiagCursor}, {Handle::BottomLeft, Qt::SizeBDiagCursor},
            {Handle::Top, Qt::SizeVerCursor},        {Handle::Bottom, Qt::SizeVerCursor},
            {Handle::Left, Qt::SizeHorCursor},       {Handle::Right, Qt::SizeHorCursor}};
        setCursor(shapes.value(hover, Qt::ArrowCursor));
        return;
    }
    if (m_rotating) {
        rotate(event->position(), event->modifiers() & Qt::ShiftModifier, event->modifiers() & Qt::ControlModifier);
        return;
    }
    if (event->modifiers() & Qt::AltModifier && m_handle != Handle::Move) {
        crop(event->position());
        return;
    }
    drag(event->position(), event->modifiers() & Qt::ControlModifier, event->modifiers() & Qt::ShiftModifier);
}

void CanvasEditor::crop(QPointF widgetPos)
{
    m_dragged = true;
    const QString id = m_dragIds.value(0);
    const QRectF full = m_dragStart.value(0);
    const double degrees = layerRotation(id);
    // The pointer's movement in the layer's own frame: the side under the handle moves with it.
    const QPointF now = studio::geometry::toLocal(canvasToWidget().inverted().map(widgetPos), full, degrees);
    const QPointF start = studio::geometry::toLocal(m_pressCanvas, full, degrees);
    const QMarginsF trim = studio::geometry::trimmed(full, m_trimStart, m_handle, now - start);
    (void)studio::layeredits::setTrim(m_document, sceneId(), id, trim, QStringLiteral("drag-%1").arg(m_gesture));
    update();
}

void CanvasEditor::rotate(QPointF widgetPos, bool steps15, bool free)
{
    m_dragged = true;
    const QString id = m_dragIds.value(0);
    const QPointF centre = m_dragStart.value(0).center();
    double degrees = studio::geometry::rotationAt(centre, canvasToWidget().inverted().map(widgetPos), steps15 ? 15.0 : 0.0);
    // Without Shift, it settles on a right angle within 3° (Ctrl: never).
    const double nearest = std::round(degrees / 90.0) * 90.0;
    if (!steps15 && !free && std::abs(degrees - nearest) <= 3.0)
        degrees = nearest == -180.0 ? 180.0 : nearest;
    (void)studio::layeredits::setRotation(m_document, sceneId(), {id}, degrees, QStringLiteral("drag-%1").arg(m_gesture));
    update();
}

void CanvasEditor::drag(QPointF widgetPos, bool noSnap, bool keepAspect)
{
    m_dragged = true;
    const QTransform toWidget = canvasToWidget();
    const QPointF delta = toWidget.inverted().map(widgetPos) - m_pressCanvas;
    const double snapDistance = kSnapPx / std::max(1e-6, toWidget.m11());
    QList<QRectF> others;
    for (const studio::geometry::LayerBox &box : boxes()) {
        if (box.visible && !m_dragIds.contains(box.id))
            others.append(studio::geometry::boundingBox(box.rect, box.rotation));
    }
    QList<QRectF> rects;
    m_guides.clear();
    if (m_handle == Handle::Move) {
        QRectF bounds;
        for (qsizetype i = 0; i < m_dragStart.size(); ++i)
            bounds |= studio::geometry::boundingBox(m_dragStart.at(i).translated(delta), layerRotation(m_dragIds.at(i)));
        studio::geometry::Snap snap;
        if (m_snapping && !noSnap)
            snap = studio::geometry::snapMove(bounds, others, canvasSize(), snapDistance);
        m_guides = snap.guides;
        for (const QRectF &r : std::as_const(m_dragStart))
            rects.append(r.translated(delta + snap.offset));
        apply(m_dragIds, rects, tr("Move %1").arg(m_dragIds.join(u", ")), QStringLiteral("drag-%1").arg(m_gesture));
    } else if (!m_trimStart.isNull()) {
        // A cropped layer: the handles sit on what shows; resizing scales the layer and its crop.
        const QRectF full = m_dragStart.first();
        const QRectF shown = full - m_trimStart;
        const QPointF local = QTransform().rotate(-layerRotation(m_dragIds.first())).map(delta);
        const QRectF resizedShown = studio::geometry::resized(shown, m_handle, local, keepAspect);
        const double sx = resizedShown.width() / shown.width();
        const double sy = resizedShown.height() / shown.height();
        const QRectF r(resizedShown.left() - m_trimStart.left() * sx, resizedShown.top() - m_trimStart.top() * sy,
                       full.width() * sx, full.height() * sy);
        (void)studio::layeredits::setFrame(m_document, sceneId(), m_dragIds.first(), r,
                                           QMarginsF(m_trimStart.left() * sx, m_trimStart.top() * sy,
                                                     m_trimStart.right() * sx, m_trimStart.bottom() * sy),
                                           tr("Resize %1").arg(m_dragIds.first()), QStringLiteral("drag-%1").arg(m_gesture));
    } else if (const double degrees = layerRotation(m_dragIds.first()); degrees != 0.0) {
        // A rotated layer resizes in its own frame; its edges do not snap to the canvas's.
        const QRectF r = studio::geometry::resizedRotated(m_dragStart.first(), degrees, m_handle, delta, keepAspect);
        apply(m_dragIds, {r}, tr("Resize %1").arg(m_dragIds.first()), QStringLiteral("drag-%1").arg(m_gesture));
    } else {
        QRectF r = studio::geometry::resized(m_dragStart.first(), m_handle, delta, keepAspect);
        if (m_snapping && !noSnap && !keepAspect) {
            const studio::geometry::Snap snap = studio::geometry::snapResize(r, m_handle, others, canvasSize(), snapDistance);
            r = studio::geometry::resized(m_dragStart.first(), m_handle, delta + snap.offset, false);
            m_guides = snap.guides;
        }
        apply(m_dragIds, {r}, tr("Resize %1").arg(m_dragIds.first()), QStringLiteral("drag-%1").arg(m_gesture));
    }
    update();
}

void CanvasEditor::mouseReleaseEvent(QMouseEvent *)
{
    if (!m_toggleOff.isEmpty() && !m_dragged) {
        QStringList ids = selectedIds();
        ids.removeAll(m_toggleOff);
        select(ids);
    }
    m_toggleOff.clear();
    m_dragged = false;
    m_rotating = false;
    m_handle = Handle::None;
    m_dragIds.clear();
    m_guides.clear();
    update();
}

void CanvasEditor::nudge(QPointF delta, bool resize)
{
    QStringList ids = selectedIds();
    ids.removeIf([this](const QString &id) { return isLocked(id); });
    if (ids.isEmpty())
        return;
    if (!m_lastNudge.isValid() || m_lastNudge.elapsed() > kNudgeBurstMs)
        ++m_gesture;
    m_lastNudge.start();
    QList<QRectF> rects;
    for (const QString &id : ids) {
        const QRectF r = layerRect(id);
        rects.append(resize ? QRectF(r.topLeft(), QSizeF(std::max(1.0, r.width() + delta.x()), std::max(1.0, r.height() + delta.y())))
                            : r.translated(delta));
    }
    apply(ids, rects, resize ? tr("Resize %1").arg(ids.join(u", ")) : tr("Nudge %1").arg(ids.join(u", ")),
          QStringLiteral("nudge-%1").arg(m_gesture));
}

void CanvasEditor::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 10 : 1;
    const bool resize = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Left: nudge({-step, 0}, resize); break;
    case Qt::Key_Right: nudge({step, 0}, resize); break;
    case Qt::Key_Up: nudge({0, -step}, resize); break;
    case Qt::Key_Down: nudge({0, step}, resize); break;
    case Qt::Key_PageUp: selectNeighbour(1); break;
    case Qt::Key_PageDown: selectNeighbour(-1); break;
    case Qt::Key_Escape: select({}); break;
    case Qt::Key_Delete: {
        QStringList ids = selectedIds();
        ids.removeIf([this](const QString &id) { return isLocked(id); });  // locked means kept
        if (!ids.isEmpty())
            (void)studio::layeredits::removeLayers(m_document, sceneId(), ids);
        break;
    }
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void CanvasEditor::arrange(const QString &how)
{
    const QStringList ids = selectedIds();
    QList<QRectF> rects;
    for (const QString &id : ids) {
        const QRectF r = layerRect(id);
        if (how == u"fit")
            rects.append(studio::geometry::fitted(r, canvasSize()));
        else if (how == u"fill")
            rects.append(studio::geometry::filled(r, canvasSize()));
        else if (how == u"centre")
            rects.append(studio::geometry::centred(r, canvasSize()));
        else
            rects.append(QRectF(QPointF(0, 0), canvasSize()));
    }
    if (!ids.isEmpty())
        apply(ids, rects, tr("Arrange %1").arg(ids.join(u", ")), {});
}

void CanvasEditor::raise(int steps)
{
    (void)studio::layeredits::raise(m_document, sceneId(), selectedIds(), steps);
}

void CanvasEditor::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Mouse && selectedIds().isEmpty()) {
        const QString hit = studio::geometry::hitTest(boxes(), canvasToWidget().inverted().map(QPointF(event->pos())));
        if (!hit.isEmpty())
            select({hit});
    }
    QMenu menu(this);
    const bool any = !selectedIds().isEmpty();
    for (const auto &[key, text] : {std::pair{"fit", tr("Fit to canvas")}, std::pair{"fill", tr("Fill the canvas")},
                                    std::pair{"centre", tr("Centre")}, std::pair{"reset", tr("Reset transform")}}) {
        const QString how = QString::fromLatin1(key);
        menu.addAction(text, this, [this, how] { arrange(how); })->setEnabled(any);
    }
    menu.addSeparator();
    menu.addAction(tr("Bring forward"), this, [this] { raise(1); })->setEnabled(any);
    menu.addAction(tr("Send backward"), this, [this] { raise(-1); })->setEnabled(any);
    menu.addSeparator();
    QAction *snap = menu.addAction(tr("Snapping"), this, [this](bool on) { m_snapping = on; });
    snap->setCheckable(true);
    snap->setChecked(m_snapping);
    QAction *safe = menu.addAction(tr("Safe areas"), this, &CanvasEditor::setSafeAreasShown);
    safe->setCheckable(true);
    safe->setChecked(m_safeAreas);
    QAction *vertical = menu.addAction(tr("9:16 guide"), this, &CanvasEditor::setVerticalGuideShown);
    vertical->setCheckable(true);
    vertical->setChecked(m_vertical);
    menu.exec(event->globalPos());
}

void CanvasEditor::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void CanvasEditor::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

bool CanvasEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_preview && event->type() == QEvent::Resize)
        setGeometry(m_preview.rect());
    return QWidget::eventFilter(watched, event);
}

bool CanvasEditor::isLocked(const QString &id) const
{
    const qsizetype scene = m_document.sceneIndex(sceneId());
    const qsizetype at = m_document.layerIndex(scene, id);
    return at < 0 || m_document.scene(scene).scene.layers.at(at).locked;
}

}  // namespace vida3::app
