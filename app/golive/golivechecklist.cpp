// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/golive/golivechecklist.h"

#include "app/sessioncontroller.h"
#include "app/styleproperty.h"
#include "encoder/videoencoderkind.h"
#include "studio/setup/encodemeasurer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
QString mark(PreflightItem::Level level)
{
    switch (level) {
    case PreflightItem::Level::Pass: return QStringLiteral("✓");
    case PreflightItem::Level::Warning: return QStringLiteral("⚠");
    case PreflightItem::Level::Problem: return QStringLiteral("✗");
    case PreflightItem::Level::Pending: break;
    }
    return QStringLiteral("…");
}

QString role(PreflightItem::Level level)
{
    switch (level) {
    case PreflightItem::Level::Pass: return QStringLiteral("info");
    case PreflightItem::Level::Warning: return QStringLiteral("issue");
    case PreflightItem::Level::Problem: return QStringLiteral("error");
    case PreflightItem::Level::Pending: break;
    }
    return QStringLiteral("hint");
}
}  // namespace

GoLiveChecklist::GoLiveChecklist(DestinationList &destinations, SessionController &controller,
                                 std::function<QString()> recordingFolder, QWidget *parent)
    : QDialog(parent), m_destinations(destinations), m_controller(controller), m_recordingFolder(std::move(recordingFolder))
{
    setObjectName(QStringLiteral("goLiveChecklist"));
    setWindowTitle(tr("Before you go live"));
    auto *layout = new QVBoxLayout(this);
    for (const char *id : {"destinations", "microphone", "disk", "encoder"}) {
        auto *row = new QLabel;
        row->setObjectName(QStringLiteral("check_") + QLatin1String(id));
        row->setWordWrap(true);
        row->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        row->setFocusPolicy(Qt::StrongFocus);  // a screen reader reaches every line with Tab
        layout->addWidget(row);
        m_rows.insert(QLatin1String(id), row);
    }
    auto *buttons = new QDialogButtonBox;
    m_goLive = buttons->addButton(tr("Go live"), QDialogButtonBox::AcceptRole);
    m_goLive->setObjectName(QStringLiteral("checklistGoLive"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_passed = true;
        accept();
        if (m_proceed)
            m_proceed();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        if (m_measurer)
            m_measurer->cancel();
    });
    resize(520, height());
}

GoLiveChecklist::~GoLiveChecklist() = default;

void GoLiveChecklist::run(std::function<void()> proceed)
{
    if (m_passed) {
        proceed();
        return;
    }
    m_proceed = std::move(proceed);
    check();
    open();
    m_goLive->setFocus();
}

void GoLiveChecklist::show(const PreflightItem &item)
{
    m_items.insert(item.id, item);
    QLabel *row = m_rows.value(item.id);
    row->setText(mark(item.level) + u' ' + item.text);
    row->setAccessibleName(row->text());
    setStyleProperty(row, "role", role(item.level));
    m_goLive->setEnabled(!std::any_of(m_items.cbegin(), m_items.cend(), [](const PreflightItem &i) {
        return i.level == PreflightItem::Level::Problem;
    }));
}

void GoLiveChecklist::check()
{
    const studio::StreamSession::Settings &settings = m_controller.settings();
    show(Preflight::destinations(m_destinations.includedReadiness()));
    show(Preflight::microphones(m_controller.mixerChannels()));
    show(Preflight::disk(m_recordingFolder(), settings.video.bitrateKbps + settings.audio.bitrateKbps));
    const encoder::VideoEncoderKind kind = settings.video.encoderKind;
    if (kind != encoder::VideoEncoderKind::X264 && kind != encoder::VideoEncoderKind::Auto) {
        show(Preflight::hardwareEncoder(encoder::encoderKindLabel(kind)));
        Q_EMIT allChecked();
        return;
    }
    show(Preflight::measuring());
    if (!m_measurer) {
        m_measurer = new studio::EncodeMeasurer(this);
        connect(m_measurer, &studio::EncodeMeasurer::measured, this, [this](int index) {
            show(Preflight::encoder(m_measurer->results().at(index)));
        });
        connect(m_measurer, &studio::EncodeMeasurer::finished, this, [this](bool cancelled) {
            if (!cancelled)
                Q_EMIT allChecked();
        });
    }
    const encoder::VideoSettings &v = settings.video;
    m_measurer->start({studio::EncodeCandidate{v.width, v.height, v.fps, v.x264Preset, v.bitrateKbps}}, m_measureSeconds);
}

}  // namespace vida3::app
