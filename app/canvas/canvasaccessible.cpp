// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/canvas/canvasaccessible.h"

#include "app/canvas/canvaseditor.h"

#include <QWidget>

#include <algorithm>
#include <cmath>

namespace vida3::app {

namespace {

// One layer on the canvas, found by id each time it is asked (the scene may have changed).
class LayerAccessible : public QAccessibleInterface
{
public:
    LayerAccessible(CanvasAccessible *canvas, QString id) : m_canvas(canvas), m_id(std::move(id)) {}

    bool isValid() const override { return m_canvas && m_canvas->editor() && box().has_value(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_canvas->window(); }
    QAccessibleInterface *parent() const override { return m_canvas; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::Graphic; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        const auto b = box();
        if (!b)
            return {};
        if (t == QAccessible::Name)
            return m_id;
        if (t == QAccessible::Description) {
            return QWidget::tr("%1 layer at %2, %3, %4 × %5 pixels%6")
                .arg(m_canvas->editor()->layerKind(m_id))
                .arg(std::lround(b->rect.x()))
                .arg(std::lround(b->rect.y()))
                .arg(std::lround(b->rect.width()))
                .arg(std::lround(b->rect.height()))
                .arg(b->visible ? (b->locked ? QWidget::tr(", locked") : QString()) : QWidget::tr(", hidden"));
        }
        return {};
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.selectable = true;
        s.multiSelectable = true;
        s.focusable = true;
        const auto b = box();
        s.selected = b && m_canvas->editor()->selectedIds().contains(m_id);
        s.invisible = b && !b->visible;
        s.readOnly = b && b->locked;
        return s;
    }

    QRect rect() const override
    {
        const auto b = box();
        CanvasEditor *editor = m_canvas->editor();
        if (!b || !editor)
            return {};
        const QRect local = editor->canvasToWidget().mapRect(b->rect).toAlignedRect();
        return QRect(editor->mapToGlobal(local.topLeft()), local.size());
    }

private:
    std::optional<studio::geometry::LayerBox> box() const
    {
        if (!m_canvas || !m_canvas->editor())
            return std::nullopt;
        for (const studio::geometry::LayerBox &b : m_canvas->editor()->boxes()) {
            if (b.id == m_id)
                return b;
        }
        return std::nullopt;
    }

    CanvasAccessible *m_canvas;
    QString m_id;
};

QStringList topFirst(const CanvasEditor *editor)
{
    QStringList ids;
    for (const studio::geometry::LayerBox &b : editor->boxes())
        ids.prepend(b.id);
    return ids;
}

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == u"vida3::app::CanvasEditor" && object && object->isWidgetType())
        return new CanvasAccessible(static_cast<CanvasEditor *>(object));
    return nullptr;
}
}  // namespace

CanvasAccessible::CanvasAccessible(CanvasEditor *editor) : QAccessibleWidget(editor, QAccessible::Canvas) {}

CanvasAccessible::~CanvasAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

CanvasEditor *CanvasAccessible::editor() const
{
    return static_cast<CanvasEditor *>(widget());
}

int CanvasAccessible::childCount() const
{
    return editor() ? int(editor()->boxes().size()) : 0;
}

QAccessibleInterface *CanvasAccessible::child(int index) const
{
    const QStringList ids = editor() ? topFirst(editor()) : QStringList();
    if (index < 0 || index >= ids.size())
        return nullptr;
    const QString &id = ids.at(index);
    auto it = m_children.constFind(id);
    if (it == m_children.constEnd()) {
        auto *iface = new LayerAccessible(const_cast<CanvasAccessible *>(this), id);
        it = m_children.insert(id, QAccessible::registerAccessibleInterface(iface));
    }
    return QAccessible::accessibleInterface(*it);
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || !editor())
        return -1;
    return int(topFirst(editor()).indexOf(child->text(QAccessible::Name)));
}

QAccessibleInterface *CanvasAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *c = child(i);
        if (c && c->rect().contains(x, y))
            return c;
    }
    return nullptr;
}

void CanvasAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

}  // namespace vida3::app
