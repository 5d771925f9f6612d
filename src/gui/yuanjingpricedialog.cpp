#include "yuanjingpricedialog.h"

#include "yuanjingfieldsform.h"

#include "platforms/yuanjing/yuanjingmapping.h"
#include "platforms/yuanjing/yuanjingprovider.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace suanli::gui {

// ---- price -------------------------------------------------------------------------------------

YuanjingPriceDialog::YuanjingPriceDialog(yuanjing::YuanjingProvider *provider, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_type(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_form(new YuanjingFieldsForm(false, this))
    , m_ask(new QPushButton(tr("&Ask the price"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("YuanjingPriceDialog"));
    setWindowTitle(tr("Price of a model"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    for (const yuanjing::VideoType t :
         {yuanjing::VideoType::TextToVideo, yuanjing::VideoType::ImageToVideo, yuanjing::VideoType::ReferenceToVideo})
        m_type->addItem(yuanjing::Mapping::typeLabel(t), int(t));
    m_model->setObjectName(QStringLiteral("priceModel"));
    top->addRow(tr("&Kind:"), m_type);
    top->addRow(tr("&Model:"), m_model);
    layout->addLayout(top);
    layout->addWidget(m_form);
    m_result->setObjectName(QStringLiteral("priceResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_ask->setObjectName(QStringLiteral("priceAsk"));
    buttons->addButton(m_ask, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ask, &QPushButton::clicked, this, &YuanjingPriceDialog::ask);
    connect(m_type, &QComboBox::currentIndexChanged, this, &YuanjingPriceDialog::loadModels);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_model->currentData().toString();
        for (const yuanjing::VideoModel &m : std::as_const(m_models)) {
            if (m.id == id)
                m_form->setFields(m.fields);
        }
        m_result->clear();
    });
    connect(m_form, &YuanjingFieldsForm::changed, m_result, &QLabel::clear);
    setMinimumWidth(440);
    loadModels();
}

YuanjingPriceDialog::~YuanjingPriceDialog() = default;

void YuanjingPriceDialog::loadModels()
{
    m_loaded = false;
    m_model->clear();
    m_ask->setEnabled(false);
    const int generation = ++m_generation;
    m_provider->models(yuanjing::VideoType(m_type->currentData().toInt()), this,
                       [this, generation](const Result<QList<yuanjing::VideoModel>> &r) {
                           if (generation != m_generation)
                               return;
                           m_loaded = true;
                           if (!r) {
                               m_result->setText(tr("The models could not be read: %1").arg(r.error().toDisplayString()));
                               return;
                           }
                           m_models = r.value();
                           for (const yuanjing::VideoModel &m : std::as_const(m_models))
                               m_model->addItem(m.name, m.id);
                           m_ask->setEnabled(!m_models.isEmpty());
                       });
}

void YuanjingPriceDialog::ask()
{
    const QString id = m_model->currentData().toString();
    if (id.isEmpty())
        return;
    const yuanjing::VideoRequest request = m_form->request(id);
    m_result->setText(tr("Asking…"));
    m_provider->price(request, this, [this, request](const Result<yuanjing::PriceQuote> &r) {
        if (!r)
            m_result->setText(tr("No price: %1").arg(r.error().toDisplayString()));
        else
            m_result->setText(tr("%1 with %2: list price %3, your price %4.")
                                  .arg(m_model->currentText(), yuanjing::Mapping::usageText(request.priceConfig()),
                                       r.value().listPrice.toDisplayString(), r.value().price.toDisplayString()));
        Q_EMIT answered();
    });
}

// ---- pricing test ---------------------------------------------------------------------------------

YuanjingPricingTestDialog::YuanjingPricingTestDialog(yuanjing::YuanjingProvider *provider, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_program(new QLineEdit(this))
    , m_usage(new QPlainTextEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("YuanjingPricingTestDialog"));
    setWindowTitle(tr("Test a pricing program"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Runs a pricing program (定价项目) on a usage, the way 元境 prices a finished task. This is "
                                "for operators who define prices; other accounts are refused."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_program->setObjectName(QStringLiteral("pricingProgram"));
    m_program->setPlaceholderText(tr("The program's id, e.g. pp-vidu-q1"));
    m_usage->setObjectName(QStringLiteral("pricingUsage"));
    m_usage->setPlainText(QStringLiteral("{\"seconds\": 5, \"resolution\": \"720p\"}"));
    m_usage->setMaximumHeight(m_usage->fontMetrics().height() * 5);
    form->addRow(tr("&Program:"), m_program);
    form->addRow(tr("&Usage (JSON):"), m_usage);
    layout->addLayout(form);
    m_result->setObjectName(QStringLiteral("pricingResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run->setObjectName(QStringLiteral("pricingRun"));
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &YuanjingPricingTestDialog::run);
    setMinimumWidth(440);
}

YuanjingPricingTestDialog::~YuanjingPricingTestDialog() = default;

void YuanjingPricingTestDialog::run()
{
    const QJsonDocument usage = QJsonDocument::fromJson(m_usage->toPlainText().toUtf8());
    if (!usage.isObject()) {
        m_result->setText(tr("The usage must be a JSON object, such as {\"seconds\": 5}."));
        return;
    }
    if (m_program->text().trimmed().isEmpty()) {
        m_result->setText(tr("Enter the pricing program's id."));
        return;
    }
    m_result->setText(tr("Running…"));
    m_provider->testPricing(m_program->text().trimmed(), usage.object(), this, [this](const Result<yuanjing::PricingResult> &r) {
        if (!r)
            m_result->setText(tr("The test failed: %1").arg(r.error().toDisplayString()));
        else
            m_result->setText(tr("The program prices this usage at %1.").arg(r.value().result.toDisplayString()));
        Q_EMIT answered();
    });
}

} // namespace suanli::gui
