// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/destination/destination.h"
#include "studio/setup/encodecandidates.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;

namespace vida3::studio {
class EncodeMeasurer;
class PresetTable;
}  // namespace vida3::studio

namespace vida3::app {

class DestinationForm;

// The first start: which platform, its server and stream key, then a few seconds per format to
// measure what this machine can encode (1080p60, 1080p30, 720p30 with x264's presets) and the
// best that keeps up, recommended. OBS's wizard guesses from a bandwidth test; this one measures
// the encoder the stream will use. Every step can be skipped; nothing is kept until Finish.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    struct Result
    {
        std::optional<studio::Destination> destination;  // empty: skipped (recording only)
        QString streamKey;
        std::optional<studio::EncodeCandidate> format;  // empty: keep the platform's
    };

    FirstRunWizard(const studio::PresetTable &presets, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // Seconds each format is measured for (tests shorten it).
    void setMeasureSeconds(double seconds) { m_measureSeconds = seconds; }
    DestinationForm *form() const { return m_form; }
    studio::EncodeMeasurer *measurer() const { return m_measurer; }
    QLabel *recommendation() const { return m_recommendation; }
    Result result() const;

Q_SIGNALS:
    void completed(const vida3::app::FirstRunWizard::Result &result);

protected:
    void initializePage(int id) override;

private:
    QWizardPage *buildDestinationPage();
    QWizardPage *buildMeasurePage();
    void onMeasured(int index);
    void onMeasureFinished(bool cancelled);

    DestinationForm *m_form = nullptr;
    QCheckBox *m_recordOnly = nullptr;
    studio::EncodeMeasurer *m_measurer = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_results = nullptr;
    QLabel *m_recommendation = nullptr;
    QCheckBox *m_useRecommendation = nullptr;
    std::optional<studio::EncodeCandidate> m_recommended;
    double m_measureSeconds = 3.0;
    int m_measurePage = -1;
};

}  // namespace vida3::app
