// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/setup/firstrunwizard.h"

#include "app/destinationform.h"
#include "studio/destination/presettable.h"
#include "studio/setup/encodemeasurer.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
// A page whose Next follows a condition the wizard decides.
class ConditionalPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return !complete || complete(); }
    void changed() { Q_EMIT completeChanged(); }
};
}  // namespace

FirstRunWizard::FirstRunWizard(const studio::PresetTable &presets, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to VIDA³ Studio"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_form = new DestinationForm(presets);
    addPage(buildDestinationPage());
    m_measurePage = addPage(buildMeasurePage());
    connect(this, &QWizard::accepted, this, [this] { Q_EMIT completed(result()); });
    connect(this, &QWizard::rejected, m_measurer, &studio::EncodeMeasurer::cancel);
}

FirstRunWizard::~FirstRunWizard() = default;

QWizardPage *FirstRunWizard::buildDestinationPage()
{
    auto *page = new ConditionalPage;
    page->setTitle(tr("Where do you stream?"));
    page->setSubTitle(tr("Choose the platform and paste the server and stream key it gives you. "
                         "The key goes to your system's keychain, never to a file."));
    m_recordOnly = new QCheckBox(tr("Skip: I only record for now"));
    m_recordOnly->setObjectName(QStringLiteral("wizardRecordOnly"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_form);
    layout->addWidget(m_recordOnly);
    page->complete = [this] { return m_recordOnly->isChecked() || m_form->isValid(); };
    connect(m_form, &DestinationForm::validityChanged, page, [page] { page->changed(); });
    connect(m_recordOnly, &QCheckBox::toggled, page, [this, page](bool on) {
        m_form->setEnabled(!on);
        page->changed();
    });
    return page;
}

QWizardPage *FirstRunWizard::buildMeasurePage()
{
    auto *page = new ConditionalPage;
    page->setTitle(tr("What can this computer stream?"));
    page->setSubTitle(tr("Each format is encoded for a few seconds, as the stream would be. A format keeps up when this "
                         "machine encodes it at least twice as fast as needed: the rest is for your game and your desktop."));
    m_measurer = new studio::EncodeMeasurer(this);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("wizardProgress"));
    m_progress->setAccessibleName(tr("Measuring"));
    m_results = new QLabel;
    m_results->setObjectName(QStringLiteral("wizardResults"));
    m_results->setWordWrap(true);
    m_recommendation = new QLabel;
    m_recommendation->setObjectName(QStringLiteral("wizardRecommendation"));
    m_recommendation->setWordWrap(true);
    m_recommendation->setProperty("role", QStringLiteral("info"));
    m_useRecommendation = new QCheckBox(tr("Use the recommended format"));
    m_useRecommendation->setObjectName(QStringLiteral("wizardUseRecommendation"));
    m_useRecommendation->setChecked(true);
    m_useRecommendation->setEnabled(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_recommendation);
    layout->addWidget(m_useRecommendation);
    page->complete = [this] { return !m_measurer->isRunning(); };
    connect(m_measurer, &studio::EncodeMeasurer::measured, this, &FirstRunWizard::onMeasured);
    connect(m_measurer, &studio::EncodeMeasurer::finished, this, &FirstRunWizard::onMeasureFinished);
    connect(m_measurer, &studio::EncodeMeasurer::finished, page, [page] { page->changed(); });
    connect(m_measurer, &studio::EncodeMeasurer::started, page, [this](int index, int count) {
        m_progress->setRange(0, count);
        m_progress->setValue(index);
        m_recommendation->setText(tr("Measuring %1…").arg(studio::encodeCandidates().value(index).label()));
    });
    return page;
}

void FirstRunWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != m_measurePage)
        return;
    m_results->clear();
    m_recommended.reset();
    m_useRecommendation->setEnabled(false);
    m_measurer->start(studio::encodeCandidates(), m_measureSeconds);
    if (QWizardPage *p = page(id))
        Q_EMIT p->completeChanged();
}

void FirstRunWizard::onMeasured(int)
{
    QStringList lines;
    for (const studio::CandidateResult &r : m_measurer->results()) {
        if (!r.measurement && r.error.isEmpty())
            continue;  // skipped: a slower preset of this format kept up
        const QString outcome = r.measurement
            ? tr("%1× real time").arg(QLocale().toString(r.measurement->speed(), 'f', 1)) + (r.keepsUp() ? tr(" ✓") : QString())
            : r.error;
        lines.append(QStringLiteral("%1 — %2").arg(r.candidate.label(), outcome));
    }
    m_results->setText(lines.join(u'\n'));
}

void FirstRunWizard::onMeasureFinished(bool cancelled)
{
    m_progress->setValue(m_progress->maximum());
    if (cancelled)
        return;
    m_recommended = studio::recommend(m_measurer->results());
    m_recommendation->setText(m_recommended
                                  ? tr("Recommended: %1.").arg(m_recommended->label())
                                  : tr("Even 1280×720 at 30 fps does not keep up with x264 here: choose a hardware encoder "
                                       "in Settings → Output, or close other programs while you stream."));
    m_useRecommendation->setEnabled(m_recommended.has_value());
}

FirstRunWizard::Result FirstRunWizard::result() const
{
    Result r;
    if (!m_recordOnly->isChecked() && m_form->isValid()) {
        studio::Destination d;
        d.presetId = m_form->presetId();
        d.name = m_form->preset() ? m_form->preset()->displayName : m_form->presetId();
        d.serverUrl = m_form->serverUrl();
        d.backupUrl = m_form->backupUrl();
        r.destination = d;
        r.streamKey = m_form->streamKey();
    }
    if (m_recommended && m_useRecommendation->isChecked())
        r.format = m_recommended;
    return r;
}

}  // namespace vida3::app
