// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/outputsettingsbox.h"

#include "encoder/encodersettings.h"
#include "encoder/x264speed.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace vida3::app {

namespace {
const QString kEncoderKey = QStringLiteral("output/encoder");
const QString kX264PresetKey = QStringLiteral("output/x264Speed");
// Until auto existed the speed was kept here, and every window that saved its output settings
// kept the default, veryfast, whether chosen or not: only another speed was a choice.
const QString kLegacyX264PresetKey = QStringLiteral("output/x264Preset");
const QString kAdaptiveKey = QStringLiteral("output/adaptiveBitrate");
const QString kFirstDelayKey = QStringLiteral("output/reconnectFirstDelayMs");
const QString kMaxDelayKey = QStringLiteral("output/reconnectMaxDelayMs");
const QString kAttemptsKey = QStringLiteral("output/reconnectAttempts");
constexpr int kMaxAttempts = 1000;
constexpr int kMaxDelayLimitS = 3600;
}  // namespace

OutputSettingsBox::OutputSettingsBox(QSettings &settings, QWidget *parent)
    : QGroupBox(tr("Output"), parent), m_settings(settings)
{
    const encoder::ReconnectPolicy defaults;
    m_encoder = new QComboBox;
    m_encoder->setObjectName(QStringLiteral("encoderCombo"));
    for (const QString &name : encoder::encoderKindNames()) {
        const auto kind = encoder::encoderKindFromName(name).value_or(encoder::VideoEncoderKind::X264);
        m_encoder->addItem(encoder::encoderKindLabel(kind), name);
    }
    m_encoder->setToolTip(tr("A hardware encoder spares the CPU for the scene. Each is tried with a test encode "
                             "when the output starts; one that does not work falls back to x264 and says why. "
                             "Automatic uses the first hardware encoder that works."));
    const int savedEncoder = m_encoder->findData(settings.value(kEncoderKey, QStringLiteral("x264")).toString());
    m_encoder->setCurrentIndex(savedEncoder >= 0 ? savedEncoder : m_encoder->findData(QStringLiteral("x264")));
    m_x264Preset = new QComboBox;
    m_x264Preset->setObjectName(QStringLiteral("x264PresetCombo"));
    m_x264Preset->addItem(QString::fromLatin1(encoder::kAutoX264Preset));
    m_x264Preset->addItems(encoder::x264Presets());
    m_x264Preset->setToolTip(tr("Faster presets use less CPU for a softer picture at the same bitrate. "
                                "auto picks veryfast, superfast or ultrafast for the output size, frame rate and "
                                "this computer's cores. If the stats count frames skipped by the encoder, choose a "
                                "faster one."));
    QString savedPreset = settings.value(kX264PresetKey).toString();
    if (savedPreset.isEmpty() && settings.value(kLegacyX264PresetKey).toString() != QLatin1String("veryfast"))
        savedPreset = settings.value(kLegacyX264PresetKey).toString();
    m_x264Preset->setCurrentText(m_x264Preset->findText(savedPreset) >= 0 ? savedPreset
                                                                          : encoder::VideoSettings{}.x264Preset);

    m_adaptive = new QCheckBox(tr("&Adapt the bitrate to the slowest destination"));
    m_adaptive->setObjectName(QStringLiteral("adaptiveBitrateCheck"));
    m_adaptive->setChecked(settings.value(kAdaptiveKey, true).toBool());

    m_firstDelay = new QDoubleSpinBox;
    m_firstDelay->setObjectName(QStringLiteral("reconnectFirstDelaySpin"));
    m_firstDelay->setRange(0.5, 60);
    m_firstDelay->setSingleStep(0.5);
    m_firstDelay->setDecimals(1);
    m_firstDelay->setSuffix(tr(" s"));
    m_firstDelay->setValue(settings.value(kFirstDelayKey, defaults.firstDelayMs).toInt() / 1000.0);

    m_maxDelay = new QSpinBox;
    m_maxDelay->setObjectName(QStringLiteral("reconnectMaxDelaySpin"));
    m_maxDelay->setRange(1, kMaxDelayLimitS);
    m_maxDelay->setSuffix(tr(" s"));
    m_maxDelay->setValue(settings.value(kMaxDelayKey, defaults.maxDelayMs).toInt() / 1000);

    m_attempts = new QSpinBox;
    m_attempts->setObjectName(QStringLiteral("reconnectAttemptsSpin"));
    m_attempts->setRange(0, kMaxAttempts);
    m_attempts->setSpecialValueText(tr("never reconnect"));
    m_attempts->setValue(settings.value(kAttemptsKey, defaults.maxAttempts).toInt());

    auto *hint = new QLabel(tr("Changes apply when nothing is live or recording."));
    hint->setProperty("role", QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Encoder"), m_encoder);
    form->addRow(tr("x264 &speed"), m_x264Preset);
    form->addRow(m_adaptive);
    form->addRow(tr("First &retry after"), m_firstDelay);
    form->addRow(tr("&Longest wait"), m_maxDelay);
    form->addRow(tr("A&ttempts"), m_attempts);
    form->addRow(hint);

    connect(m_encoder, &QComboBox::currentIndexChanged, this, &OutputSettingsBox::save);
    connect(m_x264Preset, &QComboBox::currentTextChanged, this, &OutputSettingsBox::save);
    connect(m_adaptive, &QCheckBox::toggled, this, &OutputSettingsBox::save);
    connect(m_firstDelay, &QDoubleSpinBox::valueChanged, this, &OutputSettingsBox::save);
    connect(m_maxDelay, &QSpinBox::valueChanged, this, &OutputSettingsBox::save);
    connect(m_attempts, &QSpinBox::valueChanged, this, &OutputSettingsBox::save);
}

void OutputSettingsBox::setX264Preset(const QString &preset)
{
    if (m_x264Preset->findText(preset) >= 0)
        m_x264Preset->setCurrentText(preset);
}

QString OutputSettingsBox::x264Preset() const
{
    return m_x264Preset->currentText();
}

encoder::VideoEncoderKind OutputSettingsBox::encoderKind() const
{
    return encoder::encoderKindFromName(m_encoder->currentData().toString()).value_or(encoder::VideoEncoderKind::X264);
}

bool OutputSettingsBox::adaptiveBitrate() const
{
    return m_adaptive->isChecked();
}

encoder::ReconnectPolicy OutputSettingsBox::reconnectPolicy() const
{
    encoder::ReconnectPolicy policy;
    policy.firstDelayMs = qRound(m_firstDelay->value() * 1000);
    // The longest wait is never shorter than the first.
    policy.maxDelayMs = std::max(policy.firstDelayMs, m_maxDelay->value() * 1000);
    policy.maxAttempts = m_attempts->value();
    return policy;
}

void OutputSettingsBox::save()
{
    const encoder::ReconnectPolicy policy = reconnectPolicy();
    m_settings.setValue(kEncoderKey, m_encoder->currentData().toString());
    m_settings.setValue(kX264PresetKey, x264Preset());
    m_settings.setValue(kAdaptiveKey, adaptiveBitrate());
    m_settings.setValue(kFirstDelayKey, policy.firstDelayMs);
    m_settings.setValue(kMaxDelayKey, policy.maxDelayMs);
    m_settings.setValue(kAttemptsKey, policy.maxAttempts);
    m_settings.sync();
    Q_EMIT changed();
}

}  // namespace vida3::app
