#include "unistaskdialog.h"

#include "core/appsettings.h"
#include "platforms/unis/unismapping.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPoint>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

const QList<unis::ComputeKind> kComputeKinds{unis::ComputeKind::FineTune, unis::ComputeKind::PreTrain,
                                             unis::ComputeKind::ReinforcementLearning, unis::ComputeKind::Dpo,
                                             unis::ComputeKind::ModelTraining};

QWidget *formPage(QTabWidget *tabs, const QString &title, QFormLayout **form)
{
    auto *page = new QWidget(tabs);
    *form = new QFormLayout(page);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    tabs->addTab(page, title);
    return page;
}

} // namespace

UnisTaskDialog::UnisTaskDialog(unis::UnisProvider *provider, Flavor flavor, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_flavor(flavor)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_incremental(new QCheckBox(tr("&Incremental pre-training (continue from the model)"), this))
    , m_framework(new QComboBox(this))
    , m_taskType(new QComboBox(this))
    , m_autoRecovery(new QCheckBox(tr("&Recover automatically after a failure"), this))
    , m_algorithm(new QComboBox(this))
    , m_strategy(new QComboBox(this))
    , m_strategyInfo(new QLabel(this))
    , m_paramsBox(new QWidget(this))
    , m_paramsForm(new QFormLayout(m_paramsBox))
    , m_showFolded(new QCheckBox(this))
    , m_dataset(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_sftModel(new QComboBox(this))
    , m_rewardModel(new QComboBox(this))
    , m_outputDir(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_nodes(new QSpinBox(this))
    , m_cpu(new QSpinBox(this))
    , m_memory(new QSpinBox(this))
    , m_gpus(new QSpinBox(this))
    , m_groupInfo(new QLabel(this))
    , m_rdma(new QCheckBox(tr("High-performance network (&RDMA)"), this))
    , m_image(new QComboBox(this))
    , m_startupFile(new QLineEdit(this))
    , m_workingDir(new QLineEdit(this))
    , m_command(new QPlainTextEdit(this))
    , m_generate(new QPushButton(tr("&Generate from the strategy"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_copyError(new QPushButton(tr("&Copy error"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("UnisTaskDialog"));
    setWindowTitle(flavorTitle());
    auto *layout = new QVBoxLayout(this);
    m_tabs->setObjectName(QStringLiteral("taskTabs"));
    layout->addWidget(m_tabs, 1);

    // --- the job ---
    QFormLayout *job = nullptr;
    formPage(m_tabs, tr("&Job"), &job);
    m_jobForm = job;
    job->addRow(tr("&Name:"), m_name);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    const QString prefix = flavor == Flavor::Training ? QStringLiteral("train-") : flavor == Flavor::FineTune ? QStringLiteral("sft-")
                                                                                                             : QStringLiteral("task-");
    m_name->setText(prefix + QDateTime::currentDateTime().toString(QStringLiteral("MMdd-HHmm")));
    m_name->setToolTip(tr("The platform finds the new job by this name, so keep it unique."));
    job->addRow(tr("&Description:"), m_description);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_kind->setObjectName(QStringLiteral("computeKindCombo"));
    for (unis::ComputeKind k : kComputeKinds)
        m_kind->addItem(unis::Mapping::computeKindLabel(k), int(k));
    if (flavor == Flavor::Compute) {
        job->addRow(tr("&Scenario:"), m_kind);
        job->addRow(QString(), m_incremental);
        job->addRow(QString(), m_autoRecovery);
    } else {
        m_kind->hide();
        m_incremental->hide();
        m_autoRecovery->hide();
    }
    m_framework->setObjectName(QStringLiteral("frameworkCombo"));
    for (const QString &f : {QStringLiteral("PyTorch"), QStringLiteral("TensorFlow"), QStringLiteral("scikit-learn"), QStringLiteral("MPI")})
        m_framework->addItem(f, f);
    m_taskType->setObjectName(QStringLiteral("taskTypeCombo"));
    m_taskType->addItem(tr("Natural language (NLP)"), QStringLiteral("1"));
    m_taskType->addItem(tr("Computer vision (CV)"), QStringLiteral("2"));
    m_taskType->addItem(tr("Machine learning (ML)"), QStringLiteral("3"));
    job->addRow(tr("&Framework:"), m_framework);
    job->addRow(tr("Task &type:"), m_taskType);

    // --- algorithm, strategy, parameters ---
    QFormLayout *algo = nullptr;
    formPage(m_tabs, tr("&Algorithm"), &algo);
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    m_strategy->setObjectName(QStringLiteral("strategyCombo"));
    algo->addRow(tr("A&lgorithm:"), m_algorithm);
    algo->addRow(tr("S&trategy:"), m_strategy);
    m_strategyInfo->setObjectName(QStringLiteral("strategyInfo"));
    m_strategyInfo->setWordWrap(true);
    m_strategyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_strategyInfo->setEnabled(false);
    algo->addRow(QString(), m_strategyInfo);
    m_paramsBox->setObjectName(QStringLiteral("paramsForm"));
    m_paramsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_paramsBox);
    scroll->setFrameShape(QFrame::NoFrame);
    algo->addRow(tr("Parameters:"), scroll);
    m_showFolded->setObjectName(QStringLiteral("showFoldedCheck"));
    algo->addRow(QString(), m_showFolded);
    m_showFolded->hide();

    // --- data and models ---
    QFormLayout *data = nullptr;
    formPage(m_tabs, tr("&Data"), &data);
    m_dataForm = data;
    m_dataset->setObjectName(QStringLiteral("datasetCombo"));
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_sftModel->setObjectName(QStringLiteral("sftModelCombo"));
    m_rewardModel->setObjectName(QStringLiteral("rewardModelCombo"));
    data->addRow(tr("Data&set:"), m_dataset);
    data->addRow(tr("&Model:"), m_model);
    data->addRow(tr("S&FT model:"), m_sftModel);
    data->addRow(tr("Re&ward model:"), m_rewardModel);
    data->addRow(tr("&Output folder:"), m_outputDir);
    m_outputDir->setObjectName(QStringLiteral("outputDirEdit"));
    m_outputDir->setText(QStringLiteral("/output"));
    m_outputDir->setToolTip(tr("Where the job writes what it trains; register it as a model once the job succeeded."));

    // --- resources ---
    QFormLayout *res = nullptr;
    formPage(m_tabs, tr("&Resources"), &res);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    res->addRow(tr("Resource &group:"), m_group);
    m_groupInfo->setObjectName(QStringLiteral("groupInfo"));
    m_groupInfo->setWordWrap(true);
    m_groupInfo->setEnabled(false);
    res->addRow(QString(), m_groupInfo);
    m_nodes->setObjectName(QStringLiteral("nodesSpin"));
    m_nodes->setRange(1, 64);
    res->addRow(tr("&Nodes:"), m_nodes);
    m_cpu->setObjectName(QStringLiteral("cpuSpin"));
    m_cpu->setRange(1, 512);
    m_cpu->setValue(8);
    m_cpu->setSuffix(tr(" cores"));
    res->addRow(tr("&CPU per node:"), m_cpu);
    m_memory->setObjectName(QStringLiteral("memorySpin"));
    m_memory->setRange(1, 4096);
    m_memory->setValue(64);
    m_memory->setSuffix(tr(" GB"));
    res->addRow(tr("&Memory per node:"), m_memory);
    m_gpus->setObjectName(QStringLiteral("gpusSpin"));
    m_gpus->setRange(0, 16);
    m_gpus->setValue(1);
    res->addRow(tr("&GPUs per node:"), m_gpus);
    res->addRow(QString(), m_rdma);
    m_rdma->setObjectName(QStringLiteral("rdmaCheck"));

    // --- image and command ---
    QFormLayout *cmd = nullptr;
    formPage(m_tabs, tr("C&ommand"), &cmd);
    m_image->setObjectName(QStringLiteral("imageCombo"));
    cmd->addRow(tr("&Image:"), m_image);
    m_startupFile->setObjectName(QStringLiteral("startupFileEdit"));
    cmd->addRow(tr("&Startup file:"), m_startupFile);
    m_workingDir->setObjectName(QStringLiteral("workingDirEdit"));
    m_workingDir->setPlaceholderText(tr("Optional"));
    cmd->addRow(tr("&Working folder:"), m_workingDir);
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_command->setFont(QFont(QStringLiteral("monospace")));
    m_command->setTabChangesFocus(true);
    m_command->setPlaceholderText(tr("torchrun … (generated from the strategy, or your own)"));
    cmd->addRow(tr("Co&mmand:"), m_command);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    cmd->addRow(QString(), m_generate);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    auto *statusRow = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();
    m_copyError->setObjectName(QStringLiteral("copyErrorButton"));
    m_copyError->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_copyError);
    layout->addLayout(statusRow);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create…"));
    layout->addWidget(m_buttons);

    m_confirm = [this](const QString &title, const QString &question) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmCreate"));
        QPushButton *create = box.addButton(tr("Create"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
        return box.clickedButton() == create;
    };

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyError, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_error); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &UnisTaskDialog::onKindChanged);
    connect(m_framework, &QComboBox::currentIndexChanged, this, &UnisTaskDialog::updateSummary);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &UnisTaskDialog::onAlgorithmChanged);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &UnisTaskDialog::onStrategyChanged);
    connect(m_group, &QComboBox::currentIndexChanged, this, &UnisTaskDialog::onGroupChanged);
    for (QComboBox *combo : {m_dataset, m_model, m_sftModel, m_rewardModel, m_image})
        connect(combo, &QComboBox::currentIndexChanged, this, &UnisTaskDialog::updateSummary);
    for (QSpinBox *spin : {m_nodes, m_cpu, m_memory, m_gpus})
        connect(spin, &QSpinBox::valueChanged, this, &UnisTaskDialog::updateSummary);
    connect(m_name, &QLineEdit::textChanged, this, &UnisTaskDialog::updateSummary);
    connect(m_showFolded, &QCheckBox::toggled, this, &UnisTaskDialog::setShowFoldedParams);
    connect(m_command, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_generating)
            m_commandEdited = true;
        updateSummary();
    });
    connect(m_generate, &QPushButton::clicked, this, &UnisTaskDialog::generateCommand);

    onKindChanged();
    resize(680, 540);
    if (m_settings)
        restoreGeometry(m_settings->dialogGeometry(QStringLiteral("unis.task")));
    load();
}

UnisTaskDialog::~UnisTaskDialog() = default;

void UnisTaskDialog::done(int result)
{
    if (m_settings)
        m_settings->setDialogGeometry(QStringLiteral("unis.task"), saveGeometry());
    QDialog::done(result);
}

QString UnisTaskDialog::flavorTitle() const
{
    switch (m_flavor) {
    case Flavor::Training: return tr("New training job");
    case Flavor::FineTune: return tr("New fine-tune job");
    case Flavor::Compute: return tr("New compute task");
    }
    return {};
}

ResourceKind UnisTaskDialog::resourceKind() const
{
    switch (m_flavor) {
    case Flavor::Training: return ResourceKind::Training;
    case Flavor::FineTune: return ResourceKind::FineTune;
    case Flavor::Compute: return ResourceKind::ComputeTask;
    }
    return ResourceKind::ComputeTask;
}

unis::ComputeKind UnisTaskDialog::computeKind() const
{
    return unis::ComputeKind(m_kind->currentData().toInt());
}

bool UnisTaskDialog::setComputeKind(unis::ComputeKind kind)
{
    const int i = m_kind->findData(int(kind));
    if (i < 0 || m_flavor != Flavor::Compute)
        return false;
    m_kind->setCurrentIndex(i);
    return true;
}

void UnisTaskDialog::onKindChanged()
{
    // Which fields the kind of job takes.
    const bool compute = m_flavor == Flavor::Compute;
    const unis::ComputeKind kind = computeKind();
    const bool modelTraining = compute && kind == unis::ComputeKind::ModelTraining;
    const bool ownFramework = m_flavor == Flavor::Training || modelTraining;
    // Fields a kind does not take are not shown at all.
    m_taskType->setEnabled(ownFramework);
    m_framework->setEnabled(ownFramework);
    if (!ownFramework)
        m_framework->setCurrentIndex(0); // LLM jobs run on PyTorch
    m_jobForm->setRowVisible(m_framework, ownFramework);
    m_jobForm->setRowVisible(m_taskType, ownFramework);
    if (compute)
        m_jobForm->setRowVisible(m_incremental, kind == unis::ComputeKind::PreTrain);
    const bool sft = compute && (kind == unis::ComputeKind::ReinforcementLearning || kind == unis::ComputeKind::Dpo);
    const bool reward = compute && kind == unis::ComputeKind::ReinforcementLearning;
    m_sftModel->setEnabled(sft);
    m_rewardModel->setEnabled(reward);
    m_dataForm->setRowVisible(m_sftModel, sft);
    m_dataForm->setRowVisible(m_rewardModel, reward);
    updateSummary();
}

void UnisTaskDialog::load()
{
    setBusy(true, tr("Reading the algorithms, datasets, models, images and resource groups…"));
    m_pending = 5;
    auto finish = [this] {
        if (--m_pending == 0)
            onLoaded();
    };
    auto assets = [this, finish](unis::AssetKind kind, QList<unis::Asset> *into, const QString &what) {
        m_provider->assets(kind, 1, QString(), this, [this, finish, into, what](const Result<QList<unis::Asset>> &r) {
            if (r.ok())
                *into = r.value();
            else
                m_loadErrors.append(tr("%1: %2").arg(what, r.error().toDisplayString()));
            finish();
        });
    };
    assets(unis::AssetKind::Algorithm, &m_algorithms, tr("Algorithms"));
    assets(unis::AssetKind::Dataset, &m_datasets, tr("Datasets"));
    assets(unis::AssetKind::Model, &m_models, tr("Models"));
    assets(unis::AssetKind::Image, &m_images, tr("Images"));
    m_provider->resourceGroups(this, [this, finish](const Result<QList<unis::ResourceGroup>> &r) {
        if (r.ok())
            m_groups = r.value();
        else
            m_loadErrors.append(tr("Resource groups: %1").arg(r.error().toDisplayString()));
        finish();
    });
}

void UnisTaskDialog::fillAssets(QComboBox *combo, const QList<unis::Asset> &assets, const QString &noneText)
{
    const QSignalBlocker block(combo);
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QPoint(-1, -1));
    for (int a = 0; a < assets.size(); ++a) {
        const unis::Asset &asset = assets.at(a);
        for (int v = 0; v < asset.versions.size(); ++v) {
            const unis::AssetVersion &version = asset.versions.at(v);
            combo->addItem(asset.versions.size() > 1 || version.name != u"master" ? tr("%1 (%2)").arg(asset.name, version.name)
                                                                                  : asset.name,
                           QPoint(a, v));
            combo->setItemData(combo->count() - 1, version.path, Qt::ToolTipRole);
        }
    }
    combo->setCurrentIndex(combo->count() > 0 ? 0 : -1);
}

bool UnisTaskDialog::selectAsset(QComboBox *combo, const QList<unis::Asset> &assets, const QString &name)
{
    for (int i = 0; i < combo->count(); ++i) {
        const QPoint at = combo->itemData(i).toPoint();
        if (at.x() >= 0 && at.x() < assets.size() && assets.at(at.x()).name == name) {
            combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

std::optional<QPair<const unis::Asset *, const unis::AssetVersion *>> UnisTaskDialog::chosen(const QComboBox *combo,
                                                                                              const QList<unis::Asset> &assets) const
{
    if (combo->currentIndex() < 0)
        return std::nullopt;
    const QPoint at = combo->currentData().toPoint();
    if (at.x() < 0 || at.x() >= assets.size() || at.y() < 0 || at.y() >= assets.at(at.x()).versions.size())
        return std::nullopt;
    const unis::Asset *asset = &assets.at(at.x());
    return QPair<const unis::Asset *, const unis::AssetVersion *>(asset, &asset->versions.at(at.y()));
}

void UnisTaskDialog::onLoaded()
{
    setBusy(false);
    fillAssets(m_algorithm, m_algorithms, m_flavor == Flavor::Training ? tr("None: my own command") : QString());
    fillAssets(m_dataset, m_datasets, m_flavor == Flavor::Training ? tr("None") : QString());
    fillAssets(m_model, m_models, tr("None"));
    fillAssets(m_sftModel, m_models, tr("None"));
    fillAssets(m_rewardModel, m_models, tr("None"));
    fillAssets(m_image, m_images, QString());
    {
        const QSignalBlocker block(m_group);
        m_group->clear();
        int first = -1;
        for (int i = 0; i < m_groups.size(); ++i) {
            const unis::ResourceGroup &g = m_groups.at(i);
            m_group->addItem(tr("%1 — %2 of %3 GPUs free").arg(g.name).arg(g.gpuFree).arg(g.gpuTotal), i);
            // Whole cards only: MIG and vGPU groups take slices this form does not ask for.
            const bool usable = g.status == 1 && (g.gpuShare.isEmpty() || g.gpuShare == u"none");
            if (!usable) {
                m_group->setItemData(i, g.status != 1 ? (g.message.isEmpty() ? tr("Not available now") : g.message)
                                                       : tr("This group shares GPUs as %1 slices; create such jobs in the web console.")
                                                             .arg(g.gpuShare.toUpper()),
                                     Qt::ToolTipRole);
                if (auto *items = qobject_cast<QStandardItemModel *>(m_group->model()))
                    items->item(i)->setEnabled(false);
            } else if (first < 0) {
                first = i;
            }
        }
        m_group->setCurrentIndex(first);
    }
    m_loaded = true;
    onAlgorithmChanged();
    onGroupChanged();
    if (!m_loadErrors.isEmpty())
        showError(m_loadErrors.join(QLatin1Char('\n')));
    updateSummary();
    Q_EMIT loaded();
}

bool UnisTaskDialog::selectAlgorithm(const QString &name)
{
    return selectAsset(m_algorithm, m_algorithms, name);
}

bool UnisTaskDialog::selectDataset(const QString &name)
{
    return selectAsset(m_dataset, m_datasets, name);
}

bool UnisTaskDialog::selectModel(const QString &name)
{
    return selectAsset(m_model, m_models, name);
}

bool UnisTaskDialog::selectGroup(const QString &name)
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).name == name) {
            m_group->setCurrentIndex(m_group->findData(i));
            return true;
        }
    }
    return false;
}

void UnisTaskDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void UnisTaskDialog::setResources(int nodes, int cpu, int memoryGb, int gpusPerNode)
{
    m_nodes->setValue(nodes);
    m_cpu->setValue(cpu);
    m_memory->setValue(memoryGb);
    m_gpus->setValue(gpusPerNode);
}

void UnisTaskDialog::onAlgorithmChanged()
{
    m_configs.clear();
    m_config.reset();
    const int generation = ++m_configGeneration;
    {
        const QSignalBlocker block(m_strategy);
        m_strategy->clear();
    }
    rebuildParamForm({});
    const auto algo = chosen(m_algorithm, m_algorithms);
    if (!algo) {
        m_strategy->setEnabled(false);
        m_strategyInfo->setText(m_flavor == Flavor::Training ? tr("Without an algorithm, give the image and the command yourself.")
                                                             : tr("Choose an algorithm."));
        updateSummary();
        return;
    }
    m_strategy->setEnabled(true);
    m_strategyInfo->setText(tr("Reading the strategies of %1…").arg(algo->first->name));
    m_provider->algoConfigs(algo->first->id, algo->second->id, this, [this, generation](const Result<QList<unis::AlgoConfig>> &r) {
        if (generation != m_configGeneration)
            return;
        if (!r.ok()) {
            m_strategyInfo->setText(tr("The strategies could not be read: %1").arg(r.error().toDisplayString()));
            updateSummary();
            return;
        }
        m_configs = r.value();
        const QSignalBlocker block(m_strategy);
        for (int i = 0; i < m_configs.size(); ++i) {
            const unis::AlgoConfig &c = m_configs.at(i);
            m_strategy->addItem(c.trainStrategy.isEmpty() ? c.bootFile : c.trainStrategy, i);
        }
        m_strategy->setPlaceholderText(m_configs.isEmpty() ? tr("This algorithm has no strategy") : QString());
        m_strategy->setCurrentIndex(m_configs.isEmpty() ? -1 : 0);
        onStrategyChanged();
    });
}

QStringList UnisTaskDialog::strategies() const
{
    QStringList out;
    for (int i = 0; i < m_strategy->count(); ++i)
        out.append(m_strategy->itemText(i));
    return out;
}

bool UnisTaskDialog::selectStrategy(const QString &name)
{
    const int i = m_strategy->findText(name);
    if (i < 0)
        return false;
    m_strategy->setCurrentIndex(i);
    return true;
}

void UnisTaskDialog::onStrategyChanged()
{
    m_config.reset();
    const int generation = ++m_configGeneration;
    const int i = m_strategy->currentData().isValid() ? m_strategy->currentData().toInt() : -1;
    if (i < 0 || i >= m_configs.size()) {
        rebuildParamForm({});
        m_strategyInfo->setText(m_configs.isEmpty() ? tr("No strategy: give the command yourself.") : QString());
        updateSummary();
        return;
    }
    m_strategyInfo->setText(tr("Reading the strategy…"));
    m_provider->algoConfigDetail(m_configs.at(i).id, this, [this, generation](const Result<unis::AlgoConfigDetail> &r) {
        if (generation != m_configGeneration)
            return;
        if (!r.ok()) {
            m_strategyInfo->setText(tr("The strategy could not be read: %1").arg(r.error().toDisplayString()));
            updateSummary();
            return;
        }
        onConfigLoaded(r.value());
    });
}

void UnisTaskDialog::onConfigLoaded(const unis::AlgoConfigDetail &config)
{
    m_config = config;
    QStringList info;
    info.append(tr("Boot file %1").arg(config.bootFile));
    if (!config.imageName.isEmpty())
        info.append(tr("image %1:%2").arg(config.imageName, config.imageVersionName));
    if (!config.modelName.isEmpty())
        info.append(tr("model %1").arg(config.modelName));
    if (!config.resourceText.isEmpty())
        info.append(config.resourceText);
    m_strategyInfo->setText(info.join(QStringLiteral(" · ")));
    m_startupFile->setText(config.bootFile);
    // What the strategy brings, chosen for the user; they may change it.
    for (int i = 0; i < m_image->count(); ++i) {
        const QPoint at = m_image->itemData(i).toPoint();
        const unis::Asset &a = m_images.at(at.x());
        const unis::AssetVersion &v = a.versions.at(at.y());
        if (a.id == config.imageId && (config.imageVersionId.isEmpty() || v.id == config.imageVersionId)) {
            m_image->setCurrentIndex(i);
            break;
        }
    }
    if (!config.modelId.isEmpty()) {
        for (int i = 0; i < m_model->count(); ++i) {
            const QPoint at = m_model->itemData(i).toPoint();
            if (at.x() >= 0 && m_models.at(at.x()).id == config.modelId
                && (config.modelVersionId.isEmpty() || m_models.at(at.x()).versions.at(at.y()).id == config.modelVersionId)) {
                m_model->setCurrentIndex(i);
                break;
            }
        }
    }
    rebuildParamForm(config.hyperParams);
    m_commandEdited = false;
    Q_EMIT strategyLoaded();
    generateCommand();
}

void UnisTaskDialog::rebuildParamForm(const QList<unis::HyperParam> &params)
{
    while (m_paramsForm->rowCount() > 0)
        m_paramsForm->removeRow(0);
    m_params.clear();
    int folded = 0;
    for (const unis::HyperParam &p : params) {
        if (p.hidden)
            continue; // not for users to see, but sent as it came
        auto *edit = new QLineEdit(p.value, m_paramsBox);
        edit->setObjectName(QStringLiteral("param-") + p.name);
        edit->setToolTip(p.description);
        auto *label = new QLabel(p.name, m_paramsBox);
        label->setToolTip(p.description);
        m_paramsForm->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &UnisTaskDialog::updateSummary);
        m_params.append({p, edit});
        if (!p.visible)
            ++folded;
    }
    for (const unis::HyperParam &p : params) {
        if (p.hidden)
            m_params.append({p, nullptr});
    }
    if (m_params.isEmpty()) {
        auto *none = new QLabel(tr("The strategy has no parameters."), m_paramsBox);
        none->setEnabled(false);
        m_paramsForm->addRow(none);
    }
    m_showFolded->setText(tr("Show the %n folded parameter(s)", nullptr, folded));
    m_showFolded->setVisible(folded > 0);
    setShowFoldedParams(m_showFolded->isChecked());
}

void UnisTaskDialog::setShowFoldedParams(bool show)
{
    if (m_showFolded->isChecked() != show)
        m_showFolded->setChecked(show);
    for (const ParamRow &row : std::as_const(m_params)) {
        if (row.edit)
            m_paramsForm->setRowVisible(row.edit, row.param.visible || show);
    }
}

int UnisTaskDialog::shownParamCount() const
{
    int n = 0;
    for (const ParamRow &row : m_params)
        n += row.edit && (row.param.visible || m_showFolded->isChecked()) ? 1 : 0;
    return n;
}

QList<unis::HyperParam> UnisTaskDialog::hyperParams() const
{
    QList<unis::HyperParam> out;
    for (const ParamRow &row : m_params) {
        unis::HyperParam p = row.param;
        if (row.edit)
            p.value = row.edit->text().trimmed();
        out.append(p);
    }
    return out;
}

bool UnisTaskDialog::setHyperParam(const QString &name, const QString &value)
{
    for (const ParamRow &row : std::as_const(m_params)) {
        if (row.param.name == name && row.edit) {
            row.edit->setText(value);
            return true;
        }
    }
    return false;
}

QString UnisTaskDialog::command() const
{
    return m_command->toPlainText().trimmed();
}

void UnisTaskDialog::generateCommand()
{
    if (!m_config) {
        showError(tr("Choose an algorithm strategy first: the command is generated from it."));
        return;
    }
    const int generation = ++m_commandGeneration;
    m_generating = true;
    m_generate->setEnabled(false);
    m_provider->generateCommand(*m_config, m_gpus->value(), m_nodes->value(), hyperParams(), this,
                                [this, generation](const Result<QString> &r) {
                                    if (generation != m_commandGeneration)
                                        return;
                                    m_generate->setEnabled(!m_sent);
                                    if (r.ok()) {
                                        m_command->setPlainText(r.value());
                                        m_commandEdited = false;
                                    } else {
                                        showError(tr("The command could not be generated: %1").arg(r.error().toDisplayString()));
                                    }
                                    m_generating = false;
                                    updateSummary();
                                    Q_EMIT commandGenerated();
                                });
}

void UnisTaskDialog::onGroupChanged()
{
    const int i = m_group->currentData().isValid() ? m_group->currentData().toInt() : -1;
    if (i < 0 || i >= m_groups.size()) {
        m_groupInfo->setText(m_groups.isEmpty() ? tr("No resource group is open to your user group.") : QString());
        m_rdma->setEnabled(false);
        updateSummary();
        return;
    }
    const unis::ResourceGroup &g = m_groups.at(i);
    m_groupInfo->setText(tr("%1 · %2 of %3 cores free · %4 of %5 GB free")
                             .arg(g.gpuModels.isEmpty() ? tr("CPU only") : g.gpuModels.join(QStringLiteral(", ")))
                             .arg(g.cpuFree)
                             .arg(g.cpuTotal)
                             .arg(g.memFreeGb)
                             .arg(g.memTotalGb));
    m_gpus->setMaximum(qMax(0, g.gpuTotal));
    m_rdma->setEnabled(!g.rdmaNames.isEmpty());
    if (g.rdmaNames.isEmpty())
        m_rdma->setChecked(false);
    updateSummary();
}

unis::ModelRef UnisTaskDialog::modelRef(const QComboBox *combo) const
{
    unis::ModelRef m;
    const auto model = chosen(combo, m_models);
    if (!model)
        return m;
    m.originType = QStringLiteral("aiAssets");
    m.id = model->first->id;
    m.name = model->first->name;
    m.version = model->second->name;
    m.versionId = model->second->id;
    m.dir = model->second->path;
    return m;
}

unis::TaskRequest UnisTaskDialog::request() const
{
    unis::TaskRequest r;
    r.name = m_name->text().trimmed();
    r.description = m_description->text().trimmed();
    r.framework = m_framework->currentData().toString();
    r.taskType = m_taskType->isEnabled() ? m_taskType->currentData().toString() : QString();
    r.incrementalPretrain = m_flavor == Flavor::Compute && computeKind() == unis::ComputeKind::PreTrain && m_incremental->isChecked();
    r.autoRecovery = m_autoRecovery->isChecked() ? 1 : 0;
    if (const auto image = chosen(m_image, m_images)) {
        r.imageId = image->first->id;
        r.imageName = image->first->name;
        r.imageVersion = image->second->name;
        r.imageVersionId = image->second->id;
        r.image = image->second->path;
    }
    const int g = m_group->currentData().isValid() ? m_group->currentData().toInt() : -1;
    unis::NodeResource node;
    node.nodeType = r.framework == u"TensorFlow" ? QStringLiteral("Master") : QStringLiteral("Node");
    node.count = m_nodes->value();
    node.cpu = m_cpu->value();
    node.memoryGb = m_memory->value();
    node.gpuNum = m_gpus->value();
    if (g >= 0 && g < m_groups.size()) {
        const unis::ResourceGroup &group = m_groups.at(g);
        r.zoneId = group.id;
        r.zoneName = group.name;
        r.resourceGroupKey = group.key;
        if (node.gpuNum > 0 && !group.gpuModels.isEmpty())
            node.gpuModel = group.gpuModels.first();
        r.rdma = m_rdma->isEnabled() && m_rdma->isChecked();
        r.rdmaName = r.rdma ? group.rdmaNames : QString();
    }
    r.nodes = {node};
    if (const auto algo = chosen(m_algorithm, m_algorithms)) {
        r.algorithmId = algo->first->id;
        r.algorithmName = algo->first->name;
        r.algorithmVersion = algo->second->name;
        r.algorithmVersionId = algo->second->id;
        r.algorithmPath = m_config && !m_config->algoPath.isEmpty() ? m_config->algoPath : algo->second->path;
    } else {
        r.algorithmOriginType.clear();
    }
    if (m_config) {
        r.strategy = m_config->trainStrategy;
        r.strategyId = m_config->id;
        r.variables = m_config->envParams;
    }
    r.hyperParams = hyperParams();
    r.startupFile = m_startupFile->text().trimmed();
    r.command = command();
    r.workingDir = m_workingDir->text().trimmed();
    if (const auto dataset = chosen(m_dataset, m_datasets)) {
        r.datasetId = dataset->first->id;
        r.datasetName = dataset->first->name;
        r.datasetVersion = dataset->second->name;
        r.datasetVersionId = dataset->second->id;
        r.inputDir = dataset->second->path;
    }
    r.model = modelRef(m_model);
    if (m_sftModel->isEnabled())
        r.sftModel = modelRef(m_sftModel);
    if (m_rewardModel->isEnabled())
        r.rewardModel = modelRef(m_rewardModel);
    r.outputDir = m_outputDir->text().trimmed();
    return r;
}

QString UnisTaskDialog::summaryText() const
{
    const unis::TaskRequest r = request();
    QStringList lines;
    lines.append(m_flavor == Flavor::Compute ? tr("%1 “%2” (%3)").arg(flavorTitle(), r.name, unis::Mapping::computeKindLabel(computeKind()))
                                             : tr("%1 “%2”").arg(flavorTitle(), r.name));
    const unis::NodeResource node = r.nodes.value(0);
    lines.append(tr("%n node(s)", nullptr, node.count) + QStringLiteral(" × ")
                 + tr("%1 cores, %2 GB, %n GPU(s)", nullptr, node.gpuNum).arg(node.cpu).arg(node.memoryGb)
                 + (r.zoneName.isEmpty() ? QString() : QStringLiteral(" · ") + tr("group %1").arg(r.zoneName)));
    lines.append(tr("Algorithm: %1 · strategy: %2").arg(r.algorithmName.isEmpty() ? tr("none") : r.algorithmName,
                                                        r.strategy.isEmpty() ? tr("none") : r.strategy));
    lines.append(tr("Dataset: %1 · model: %2").arg(r.datasetName.isEmpty() ? tr("none") : r.datasetName,
                                                   r.model.name.isEmpty() ? tr("none") : r.model.name));
    lines.append(tr("Image: %1").arg(r.imageName.isEmpty() ? tr("none chosen") : r.imageName + QLatin1Char(':') + r.imageVersion));
    lines.append(tr("Command: %1").arg(r.command.isEmpty() ? (m_generating ? tr("being generated…") : tr("none")) : r.command));
    return lines.join(QLatin1Char('\n'));
}

void UnisTaskDialog::updateSummary()
{
    m_summary->setText(summaryText());
    m_generate->setEnabled(m_config.has_value() && !m_generating && !m_sent);
    if (!m_sent)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_loaded && !m_generating && !command().isEmpty()
                                                            && m_group->currentIndex() >= 0);
}

void UnisTaskDialog::accept()
{
    if (m_sent || !m_loaded || m_generating)
        return;
    const unis::TaskRequest r = request();
    const unis::Mapping::TaskFlavor flavor = m_flavor == Flavor::Training ? unis::Mapping::TaskFlavor::Training
        : m_flavor == Flavor::FineTune                                   ? unis::Mapping::TaskFlavor::FineTune
                                                                         : unis::Mapping::TaskFlavor::Compute;
    std::optional<QString> problem = unis::UnisProvider::validateTask(r, flavor);
    if (!problem && m_flavor != Flavor::Training && r.inputDir.isEmpty())
        problem = tr("Choose a dataset.");
    if (problem) {
        showError(*problem);
        return;
    }
    const QString question = tr("Create this job?") + QStringLiteral("\n\n") + summaryText() + QStringLiteral("\n\n")
        + tr("It is queued at once and uses the account's compute quota while it runs.");
    if (!m_confirm(flavorTitle(), question))
        return;
    m_sent = true; // never twice, whatever happens next
    Q_EMIT sending();
    setBusy(true, tr("Creating “%1”…").arg(r.name));
    auto done = [this, name = r.name](const Result<unis::UnisProvider::CreateOutcome> &result) {
        setBusy(false);
        Q_EMIT createFinished();
        if (result.ok()) {
            Q_EMIT created(result.value());
            QDialog::accept();
            return;
        }
        if (result.error().ambiguous) {
            showError(tr("No clear answer came back: “%1” may have been created. The list is re-read; check it before "
                         "creating it again.\n%2")
                          .arg(name, result.error().toDisplayString()));
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
            m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        } else {
            m_sent = false; // the platform refused: trying again is safe
            setBusy(false);
            showError(tr("Nothing was created: %1").arg(result.error().toDisplayString()));
        }
    };
    switch (m_flavor) {
    case Flavor::Training:
        m_provider->createTraining(r, this, done);
        break;
    case Flavor::FineTune:
        m_provider->createFineTune(r, this, done);
        break;
    case Flavor::Compute:
        m_provider->createComputeTask(r, computeKind(), this, done);
        break;
    }
}

void UnisTaskDialog::setBusy(bool busy, const QString &message)
{
    m_progress->setVisible(busy);
    m_tabs->setEnabled(!busy && !m_sent);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_sent && m_loaded);
    m_copyError->hide();
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    if (!busy)
        updateSummary();
}

void UnisTaskDialog::showError(const QString &message)
{
    m_error = message;
    m_status->setText(message);
    m_status->show();
    m_copyError->show();
}

} // namespace suanli::gui
