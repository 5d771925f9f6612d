#include "yuanjingvideodialog.h"

#include "confirmationbox.h"
#include "statustones.h"
#include "yuanjingfieldsform.h"

#include "platforms/yuanjing/videogeneration.h"
#include "platforms/yuanjing/yuanjingmapping.h"
#include "platforms/yuanjing/yuanjingprovider.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {
// How long the form stays unchanged before its price is asked.
constexpr int kPriceDelayMs = 400;
} // namespace

YuanjingVideoDialog::YuanjingVideoDialog(yuanjing::YuanjingProvider *provider, QObject *owner, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_owner(owner)
    , m_type(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_form(new YuanjingFieldsForm(true, this))
    , m_price(new QLabel(this))
    , m_generate(new QPushButton(this))
    , m_progressBox(new QGroupBox(tr("Progress"), this))
    , m_status(new QLabel(m_progressBox))
    , m_progress(new QProgressBar(m_progressBox))
    , m_events(new QListWidget(m_progressBox))
    , m_resultBox(new QWidget(this))
    , m_link(new QLabel(m_resultBox))
    , m_open(new QPushButton(tr("&Open"), m_resultBox))
    , m_copy(new QPushButton(tr("&Copy link"), m_resultBox))
    , m_download(new QPushButton(tr("&Download…"), m_resultBox))
    , m_priceDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("YuanjingVideoDialog"));
    setWindowTitle(tr("Generate video"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_type->setObjectName(QStringLiteral("videoType"));
    for (const yuanjing::VideoType t :
         {yuanjing::VideoType::TextToVideo, yuanjing::VideoType::ImageToVideo, yuanjing::VideoType::ReferenceToVideo})
        m_type->addItem(yuanjing::Mapping::typeLabel(t), int(t));
    m_model->setObjectName(QStringLiteral("videoModel"));
    m_description->setObjectName(QStringLiteral("videoModelDescription"));
    m_description->setWordWrap(true);
    m_description->setEnabled(false);
    top->addRow(tr("&Kind:"), m_type);
    top->addRow(tr("&Model:"), m_model);
    top->addRow(QString(), m_description);
    layout->addLayout(top);
    layout->addWidget(m_form);

    auto *priceRow = new QHBoxLayout;
    m_price->setObjectName(QStringLiteral("videoPrice"));
    m_price->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_price->font();
    bold.setBold(true);
    m_price->setFont(bold);
    m_generate->setObjectName(QStringLiteral("videoGenerate"));
    m_generate->setText(tr("&Generate…"));
    m_generate->setDefault(true);
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_generate);
    layout->addLayout(priceRow);

    auto *progressLayout = new QVBoxLayout(m_progressBox);
    m_status->setObjectName(QStringLiteral("videoStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("videoProgress"));
    m_progress->setRange(0, 100);
    m_events->setObjectName(QStringLiteral("videoEvents"));
    m_events->setFixedHeight(m_events->fontMetrics().lineSpacing() * 6 + 2 * m_events->frameWidth() + 4);
    progressLayout->addWidget(m_status);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_events);
    auto *resultLayout = new QHBoxLayout(m_resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_link->setObjectName(QStringLiteral("videoLink"));
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setOpenExternalLinks(false);
    m_open->setObjectName(QStringLiteral("videoOpen"));
    m_copy->setObjectName(QStringLiteral("videoCopy"));
    m_download->setObjectName(QStringLiteral("videoDownload"));
    resultLayout->addWidget(m_link, 1);
    resultLayout->addWidget(m_open);
    resultLayout->addWidget(m_copy);
    resultLayout->addWidget(m_download);
    layout->addWidget(m_progressBox);
    layout->addWidget(m_resultBox);
    m_progressBox->hide();
    m_resultBox->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_priceDelay->setSingleShot(true);
    m_priceDelay->setInterval(kPriceDelayMs);
    connect(m_priceDelay, &QTimer::timeout, this, &YuanjingVideoDialog::askPrice);
    connect(m_type, &QComboBox::currentIndexChanged, this, &YuanjingVideoDialog::loadModels);
    connect(m_model, &QComboBox::currentIndexChanged, this, &YuanjingVideoDialog::onModelChanged);
    connect(m_form, &YuanjingFieldsForm::changed, this, [this] {
        updateButtons();
        m_priceDelay->start();
    });
    connect(m_generate, &QPushButton::clicked, this, &YuanjingVideoDialog::generate);
    auto videoUrl = [this] { return m_result ? QUrl(m_result->video) : QUrl(); };
    connect(m_open, &QPushButton::clicked, this, [this, videoUrl] { Q_EMIT openRequested(videoUrl()); });
    connect(m_link, &QLabel::linkActivated, this, [this, videoUrl] { Q_EMIT openRequested(videoUrl()); });
    connect(m_copy, &QPushButton::clicked, this, [this, videoUrl] { Q_EMIT copyRequested(videoUrl()); });
    connect(m_download, &QPushButton::clicked, this,
            [this, videoUrl] { Q_EMIT downloadRequested(videoUrl(), m_result ? m_result->taskId : QString()); });

    setMinimumWidth(560);
    updateButtons();
    loadModels();
}

YuanjingVideoDialog::~YuanjingVideoDialog() = default;

yuanjing::VideoGeneration *YuanjingVideoDialog::generation() const
{
    return m_generation.data();
}

void YuanjingVideoDialog::setType(yuanjing::VideoType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

const yuanjing::VideoModel *YuanjingVideoDialog::currentModel() const
{
    const QString id = m_model->currentData().toString();
    for (const yuanjing::VideoModel &m : m_models) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

void YuanjingVideoDialog::loadModels()
{
    const auto type = yuanjing::VideoType(m_type->currentData().toInt());
    m_modelsLoaded = false;
    m_models.clear();
    m_model->clear();
    m_model->setEnabled(false);
    m_form->setFields({});
    m_price->setText(tr("Loading the models…"));
    const int generation = ++m_modelGeneration;
    m_provider->models(type, this, [this, generation](const Result<QList<yuanjing::VideoModel>> &r) {
        if (generation != m_modelGeneration)
            return;
        m_modelsLoaded = true;
        if (!r) {
            m_price->setText(tr("The models could not be read: %1").arg(r.error().toDisplayString()));
            updateButtons();
            return;
        }
        m_models = r.value();
        const QSignalBlocker block(m_model);
        for (const yuanjing::VideoModel &m : std::as_const(m_models))
            m_model->addItem(m.name, m.id);
        m_model->setEnabled(!m_models.isEmpty());
        if (m_models.isEmpty())
            m_price->setText(tr("元境 offers no models of this kind now."));
        onModelChanged();
    });
}

void YuanjingVideoDialog::onModelChanged()
{
    const yuanjing::VideoModel *m = currentModel();
    m_description->setText(m ? m->description : QString());
    m_form->setFields(m ? m->fields : QList<yuanjing::InputField>());
    m_quote.reset();
    m_quotedFor.clear();
    updateButtons();
    if (m)
        askPrice();
}

void YuanjingVideoDialog::askPrice()
{
    const yuanjing::VideoModel *m = currentModel();
    if (!m)
        return;
    const yuanjing::VideoRequest request = m_form->request(m->id);
    const QString key = QString::fromUtf8(QJsonDocument(request.priceConfig()).toJson(QJsonDocument::Compact)) + m->id;
    if (key == m_quotedFor && m_quote)
        return;
    m_quote.reset();
    m_price->setText(tr("Asking the price…"));
    updateButtons();
    const int generation = ++m_priceGeneration;
    m_provider->price(request, this, [this, generation, key](const Result<yuanjing::PriceQuote> &r) {
        if (generation != m_priceGeneration)
            return;
        if (!r) {
            m_price->setText(tr("No price: %1").arg(r.error().toDisplayString()));
            updateButtons();
            return;
        }
        m_quote = r.value();
        m_quotedFor = key;
        m_price->setText(tr("Price: %1, charged when the video succeeds").arg(yuanjing::YuanjingProvider::priceText(r.value())));
        updateButtons();
    });
}

void YuanjingVideoDialog::updateButtons()
{
    const bool running = m_generation && !m_generation->isFinished();
    const QString problem = m_form->problem();
    m_generate->setEnabled(!running && currentModel() && m_quote.has_value() && problem.isEmpty());
    m_generate->setToolTip(!problem.isEmpty() ? problem
                           : !m_quote     ? tr("The price is not known yet.")
                                          : tr("Generate the video for %1").arg(yuanjing::YuanjingProvider::priceText(*m_quote)));
    m_type->setEnabled(!running);
    m_model->setEnabled(!running && !m_models.isEmpty());
    m_form->setEnabled(!running);
}

void YuanjingVideoDialog::generate()
{
    const yuanjing::VideoModel *m = currentModel();
    if (!m || !m_quote || (m_generation && !m_generation->isFinished()))
        return;
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    const yuanjing::VideoRequest request = m_form->request(m->id);
    const QString price = yuanjing::YuanjingProvider::priceText(*m_quote);
    QString details = tr("Model: %1\nDuration: %n s", nullptr, request.duration).arg(m->name);
    if (!request.resolution.isEmpty())
        details += QLatin1Char('\n') + tr("Resolution: %1").arg(request.resolution);
    details += QStringLiteral("\n\n") + tr("%1 charges the account when the video succeeds; a failed video costs nothing. "
                                           "A video cannot be stopped once it is submitted.")
                                            .arg(QStringLiteral("元境"));
    if (!ConfirmationBox::ask(this, tr("Generate video"), tr("Generate this video for %1?").arg(price), details,
                              tr("Generate for %1").arg(m_quote->price.toDisplayString())))
        return;
    auto *g = m_provider->generation(request, m_owner ? m_owner.data() : this);
    m_result.reset();
    m_error.clear();
    m_events->clear();
    m_progressBox->show();
    m_resultBox->hide();
    adjustSize();
    m_progress->setRange(0, 0);
    setStatus(tr("Sending the request…"));
    follow(g);
    Q_EMIT generationStarted(g);
    g->start();
}

void YuanjingVideoDialog::follow(yuanjing::VideoGeneration *generation)
{
    m_generation = generation;
    connect(generation, &yuanjing::VideoGeneration::event, this, &YuanjingVideoDialog::onEvent);
    connect(generation, &yuanjing::VideoGeneration::pollingStarted, this, [this](const QString &why) {
        setStatus(why);
        m_events->addItem(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + why);
    });
    connect(generation, &yuanjing::VideoGeneration::finished, this, &YuanjingVideoDialog::onFinished);
    updateButtons();
}

void YuanjingVideoDialog::onEvent(const yuanjing::VideoEvent &e)
{
    if (e.kind == yuanjing::VideoEvent::Kind::Unreadable)
        return;
    QString line = QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + e.status;
    if (e.progress >= 0)
        line += QStringLiteral("  %1%").arg(e.progress);
    if (!e.taskId.isEmpty())
        line += QStringLiteral("  ") + e.taskId;
    m_events->addItem(line);
    m_events->scrollToBottom();
    if (e.progress >= 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(qBound(0, e.progress, 100));
    }
    if (e.kind == yuanjing::VideoEvent::Kind::Progress)
        setStatus(tr("元境 is making the video (%1)…").arg(e.status));
}

void YuanjingVideoDialog::onFinished(const Result<yuanjing::VideoTask> &result)
{
    m_progress->setRange(0, 100);
    if (!result) {
        m_error = result.error().toDisplayString();
        m_progress->setValue(0);
        setStatus(tr("The video could not be generated: %1").arg(m_error), true);
        updateButtons();
        return;
    }
    m_result = result.value();
    if (m_result->succeeded()) {
        m_progress->setValue(100);
        setStatus(tr("The video is ready."));
        // Long signed links are shortened in the middle; the tooltip and the buttons have it whole.
        const QString shown = m_link->fontMetrics().elidedText(m_result->video, Qt::ElideMiddle, 240);
        m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(m_result->video.toHtmlEscaped(), shown.toHtmlEscaped()));
        m_link->setToolTip(m_result->video);
        m_resultBox->show();
        adjustSize();
    } else {
        m_progress->setValue(0);
        m_error = m_result->error.isEmpty() ? tr("元境 gave no reason.") : m_result->error;
        setStatus(tr("The video failed: %1").arg(m_error), true);
    }
    updateButtons();
}

void YuanjingVideoDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, StatusTones::color(StatusTones::Tone::Bad, palette()));
    m_status->setPalette(p);
    m_status->setProperty("error", error);
}

} // namespace suanli::gui
