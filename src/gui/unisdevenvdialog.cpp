#include "unisdevenvdialog.h"

#include "core/appsettings.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPoint>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

const QString kGeometryKey = QStringLiteral("unis.devEnv");

// "Nvidia/A100-PCIE-80GB" and "A100-PCIE-80GB" name the same card.
bool sameModel(const QString &a, const QString &b)
{
    const auto tail = [](const QString &s) { return s.section(QLatin1Char('/'), -1).trimmed(); };
    return !a.isEmpty() && !b.isEmpty() && (a.compare(b, Qt::CaseInsensitive) == 0 || tail(a).compare(tail(b), Qt::CaseInsensitive) == 0);
}

QString specDetail(const unis::PresetSpec &s)
{
    QString gpu;
    if (s.specType.compare(QStringLiteral("GPU"), Qt::CaseInsensitive) == 0 || s.numberOfGpus > 0) {
        if (s.gpuShare == u"mig")
            gpu = UnisDevEnvDialog::tr("%1 × MIG %2").arg(s.numberOfGpus).arg(s.migType);
        else if (s.gpuShare == u"vgpu")
            gpu = UnisDevEnvDialog::tr("%1 × vGPU (%2 MB, %3% compute)").arg(s.numberOfGpus).arg(s.gpuMemoryMb).arg(s.computility);
        else
            gpu = UnisDevEnvDialog::tr("%1 × %2").arg(s.numberOfGpus).arg(s.gpuModel.isEmpty() ? UnisDevEnvDialog::tr("GPU") : s.gpuModel);
    }
    const QString cpu = UnisDevEnvDialog::tr("%1 cores, %2 GB").arg(s.cpuCores).arg(s.memoryGb);
    return gpu.isEmpty() ? cpu : gpu + QStringLiteral(" · ") + cpu;
}

} // namespace

UnisDevEnvDialog::UnisDevEnvDialog(unis::UnisProvider *provider, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_settings(settings)
    , m_name(new QLineEdit(this))
    , m_resources(new QStackedWidget(this))
    , m_gpuModel(new QComboBox(this))
    , m_spec(new QComboBox(this))
    , m_placementLabel(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_cpu(new QSpinBox(this))
    , m_memory(new QSpinBox(this))
    , m_gpus(new QSpinBox(this))
    , m_image(new QComboBox(this))
    , m_ssh(new QCheckBox(tr("Enable &SSH"), this))
    , m_sshAuth(new QComboBox(this))
    , m_sshPassword(new QLineEdit(this))
    , m_keyPair(new QLineEdit(this))
    , m_sharedMemory(new QCheckBox(tr("Shared &memory (/dev/shm)"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_copyError(new QPushButton(tr("&Copy error"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("UnisDevEnvDialog"));
    setWindowTitle(tr("New dev environment"));
    auto *layout = new QVBoxLayout(this);

    auto *basics = new QFormLayout;
    basics->addRow(tr("&Name:"), m_name);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setText(QStringLiteral("notebook-") + QDateTime::currentDateTime().toString(QStringLiteral("MMdd-HHmm")));
    m_name->setToolTip(tr("The platform finds the new environment by this name, so keep it unique."));
    layout->addLayout(basics);

    // --- resources: preset specs, or by hand ---
    auto *resourcesBox = new QGroupBox(tr("Resources"), this);
    auto *resourcesLayout = new QVBoxLayout(resourcesBox);
    resourcesLayout->addWidget(m_resources);
    auto *presetPage = new QWidget(m_resources);
    auto *preset = new QFormLayout(presetPage);
    preset->setContentsMargins(0, 0, 0, 0);
    preset->addRow(tr("&GPU model:"), m_gpuModel);
    preset->addRow(tr("S&pec:"), m_spec);
    preset->addRow(tr("Resource group:"), m_placementLabel);
    m_gpuModel->setObjectName(QStringLiteral("gpuModelCombo"));
    m_spec->setObjectName(QStringLiteral("specCombo"));
    m_placementLabel->setObjectName(QStringLiteral("placementLabel"));
    m_placementLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placementLabel->setWordWrap(true);
    m_resources->addWidget(presetPage);
    auto *customPage = new QWidget(m_resources);
    auto *custom = new QFormLayout(customPage);
    custom->setContentsMargins(0, 0, 0, 0);
    custom->addRow(tr("Resource &group:"), m_group);
    custom->addRow(tr("C&PU cores:"), m_cpu);
    custom->addRow(tr("Memor&y:"), m_memory);
    custom->addRow(tr("GP&Us:"), m_gpus);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_cpu->setRange(1, 512);
    m_cpu->setValue(4);
    m_memory->setRange(1, 4096);
    m_memory->setValue(16);
    m_memory->setSuffix(tr(" GB"));
    m_gpus->setRange(0, 64);
    m_resources->addWidget(customPage);
    layout->addWidget(resourcesBox);

    // --- image and access ---
    auto *envBox = new QGroupBox(tr("Environment"), this);
    auto *env = new QFormLayout(envBox);
    env->addRow(tr("&Image:"), m_image);
    m_image->setObjectName(QStringLiteral("imageCombo"));
    m_image->setToolTip(tr("Built-in images open a web IDE (Jupyter) once running; custom images are reached by SSH."));
    auto *sshRow = new QHBoxLayout;
    sshRow->addWidget(m_ssh);
    sshRow->addWidget(m_sshAuth, 1);
    env->addRow(QString(), sshRow);
    m_ssh->setObjectName(QStringLiteral("sshCheck"));
    m_sshAuth->setObjectName(QStringLiteral("sshAuthCombo"));
    m_sshAuth->addItem(tr("Password"), 1);
    m_sshAuth->addItem(tr("Key pair"), 2);
    m_sshAuth->addItem(tr("Password and key pair"), 3);
    env->addRow(tr("SSH pass&word:"), m_sshPassword);
    m_sshPassword->setObjectName(QStringLiteral("sshPasswordEdit"));
    m_sshPassword->setEchoMode(QLineEdit::Password);
    m_sshPassword->setPlaceholderText(tr("Empty: the platform makes one (shown in the details)"));
    env->addRow(tr("&Key pair ID:"), m_keyPair);
    m_keyPair->setObjectName(QStringLiteral("keyPairEdit"));
    env->addRow(QString(), m_sharedMemory);
    m_sharedMemory->setObjectName(QStringLiteral("sharedMemoryCheck"));
    m_sharedMemory->setChecked(true);
    auto *storageNote = new QLabel(tr("No storage mounts: the platform's create call has no field for them."), envBox);
    storageNote->setObjectName(QStringLiteral("storageNote"));
    storageNote->setWordWrap(true);
    storageNote->setEnabled(false);
    env->addRow(QString(), storageNote);
    layout->addWidget(envBox);

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
    layout->addStretch(1);
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
    connect(m_gpuModel, &QComboBox::currentIndexChanged, this, &UnisDevEnvDialog::onGpuModelChanged);
    connect(m_spec, &QComboBox::currentIndexChanged, this, &UnisDevEnvDialog::onSpecChanged);
    for (QComboBox *combo : {m_group, m_image, m_sshAuth})
        connect(combo, &QComboBox::currentIndexChanged, this, &UnisDevEnvDialog::updateSummary);
    for (QSpinBox *spin : {m_cpu, m_memory, m_gpus})
        connect(spin, &QSpinBox::valueChanged, this, &UnisDevEnvDialog::updateSummary);
    for (QCheckBox *check : {m_ssh, m_sharedMemory})
        connect(check, &QCheckBox::toggled, this, &UnisDevEnvDialog::updateSummary);
    connect(m_name, &QLineEdit::textChanged, this, &UnisDevEnvDialog::updateSummary);

    setMinimumWidth(560);
    if (m_settings)
        restoreGeometry(m_settings->dialogGeometry(kGeometryKey));
    load();
}

UnisDevEnvDialog::~UnisDevEnvDialog() = default;

void UnisDevEnvDialog::done(int result)
{
    if (m_settings)
        m_settings->setDialogGeometry(kGeometryKey, saveGeometry());
    QDialog::done(result);
}

void UnisDevEnvDialog::load()
{
    setBusy(true, tr("Reading the specs, GPU models and images…"));
    m_pending = 4;
    auto finish = [this] {
        if (--m_pending == 0)
            onLoaded();
    };
    m_provider->gpuModels(this, [this, finish](const Result<QStringList> &r) {
        if (r.ok())
            m_models = r.value();
        else
            m_loadErrors.append(tr("GPU models: %1").arg(r.error().toDisplayString()));
        finish();
    });
    m_provider->specs(this, [this, finish](const Result<unis::SpecList> &r) {
        if (r.ok())
            m_specs = r.value();
        else
            m_loadErrors.append(tr("Specs: %1").arg(r.error().toDisplayString()));
        finish();
    });
    m_provider->resourceGroups(this, [this, finish](const Result<QList<unis::ResourceGroup>> &r) {
        if (r.ok())
            m_groups = r.value();
        else
            m_loadErrors.append(tr("Resource groups: %1").arg(r.error().toDisplayString()));
        finish();
    });
    m_provider->assets(unis::AssetKind::Image, 1, QString(), this, [this, finish](const Result<QList<unis::Asset>> &r) {
        if (r.ok())
            m_images = r.value();
        else
            m_loadErrors.append(tr("Images: %1").arg(r.error().toDisplayString()));
        finish();
    });
}

void UnisDevEnvDialog::onLoaded()
{
    setBusy(false);
    m_presetSpecs = !m_specs.cpu.isEmpty() || !m_specs.gpu.isEmpty();
    m_resources->setCurrentIndex(m_presetSpecs ? 0 : 1);
    // The page not shown takes no room.
    for (int i = 0; i < m_resources->count(); ++i)
        m_resources->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_resources->currentIndex() ? QSizePolicy::Preferred
                                                                                                       : QSizePolicy::Ignored);
    m_resources->adjustSize();
    {
        const QSignalBlocker block(m_image);
        m_image->clear();
        for (int a = 0; a < m_images.size(); ++a) {
            const unis::Asset &asset = m_images.at(a);
            for (int v = 0; v < asset.versions.size(); ++v) {
                const unis::AssetVersion &version = asset.versions.at(v);
                const QString label = asset.preset ? tr("%1:%2 — built-in").arg(asset.name, version.name)
                                                   : tr("%1:%2 — custom").arg(asset.name, version.name);
                m_image->addItem(label, QPoint(a, v));
                m_image->setItemData(m_image->count() - 1, version.path, Qt::ToolTipRole);
            }
        }
        m_image->setPlaceholderText(m_images.isEmpty() ? tr("No image available") : QString());
        m_image->setCurrentIndex(m_image->count() > 0 ? 0 : -1);
    }
    {
        const QSignalBlocker block(m_group);
        m_group->clear();
        for (int i = 0; i < m_groups.size(); ++i) {
            const unis::ResourceGroup &g = m_groups.at(i);
            m_group->addItem(tr("%1 — %2 GPUs free, %3 cores free").arg(g.name).arg(g.gpuFree).arg(g.cpuFree), i);
            if (g.status != 1)
                m_group->setItemData(i, g.message.isEmpty() ? tr("Not available now") : g.message, Qt::ToolTipRole);
        }
    }
    fillGpuModels();
    m_loaded = true;
    if (!m_loadErrors.isEmpty())
        showError(m_loadErrors.join(QLatin1Char('\n')));
    updateSummary();
    Q_EMIT loaded();
}

void UnisDevEnvDialog::fillGpuModels()
{
    // The models the cluster has, and any a spec names that the list left out.
    QStringList models = m_models;
    for (const unis::PresetSpec &s : std::as_const(m_specs.gpu)) {
        const bool known = std::any_of(models.cbegin(), models.cend(), [&s](const QString &m) { return sameModel(m, s.gpuModel); });
        if (!known && !s.gpuModel.isEmpty())
            models.append(s.gpuModel);
    }
    const QSignalBlocker block(m_gpuModel);
    m_gpuModel->clear();
    if (!m_specs.cpu.isEmpty())
        m_gpuModel->addItem(tr("CPU only"), QString());
    for (const QString &m : std::as_const(models)) {
        int specs = 0;
        for (const unis::PresetSpec &s : std::as_const(m_specs.gpu))
            specs += sameModel(m, s.gpuModel) ? 1 : 0;
        m_gpuModel->addItem(specs > 0 ? tr("%1 (%n spec(s))", nullptr, specs).arg(m) : tr("%1 (no spec)").arg(m), m);
        if (specs == 0)
            m_gpuModel->setItemData(m_gpuModel->count() - 1, tr("The tenant administrator has defined no spec for this model."),
                                    Qt::ToolTipRole);
    }
    // GPU models with specs first in line: start on the first one that has some.
    int start = 0;
    for (int i = 0; i < m_gpuModel->count(); ++i) {
        const QString m = m_gpuModel->itemData(i).toString();
        if (!m.isEmpty() && std::any_of(m_specs.gpu.cbegin(), m_specs.gpu.cend(), [&m](const unis::PresetSpec &s) { return sameModel(m, s.gpuModel); })) {
            start = i;
            break;
        }
    }
    m_gpuModel->setCurrentIndex(m_gpuModel->count() > 0 ? start : -1);
    onGpuModelChanged();
}

QStringList UnisDevEnvDialog::gpuModels() const
{
    QStringList out;
    for (int i = 0; i < m_gpuModel->count(); ++i)
        out.append(m_gpuModel->itemData(i).toString());
    return out;
}

bool UnisDevEnvDialog::selectGpuModel(const QString &model)
{
    for (int i = 0; i < m_gpuModel->count(); ++i) {
        const QString m = m_gpuModel->itemData(i).toString();
        if ((model.isEmpty() && m.isEmpty()) || sameModel(m, model)) {
            m_gpuModel->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QList<unis::PresetSpec> UnisDevEnvDialog::shownSpecs() const
{
    const QString model = m_gpuModel->currentData().toString();
    if (m_gpuModel->currentIndex() < 0)
        return {};
    if (model.isEmpty())
        return m_specs.cpu;
    QList<unis::PresetSpec> out;
    for (const unis::PresetSpec &s : m_specs.gpu) {
        if (sameModel(model, s.gpuModel))
            out.append(s);
    }
    return out;
}

void UnisDevEnvDialog::onGpuModelChanged()
{
    const QList<unis::PresetSpec> specs = shownSpecs();
    {
        const QSignalBlocker block(m_spec);
        m_spec->clear();
        for (const unis::PresetSpec &s : specs) {
            m_spec->addItem(s.label(), s.specId);
            m_spec->setItemData(m_spec->count() - 1, QString(specDetail(s) + QLatin1Char('\n') + s.name), Qt::ToolTipRole);
        }
        m_spec->setPlaceholderText(specs.isEmpty() ? tr("No spec for this GPU model") : QString());
        m_spec->setCurrentIndex(specs.isEmpty() ? -1 : 0);
    }
    onSpecChanged();
}

bool UnisDevEnvDialog::selectSpec(const QString &specId)
{
    const int i = m_spec->findData(specId);
    if (i < 0)
        return false;
    m_spec->setCurrentIndex(i);
    return true;
}

std::optional<unis::PresetSpec> UnisDevEnvDialog::selectedSpec() const
{
    if (!m_presetSpecs)
        return std::nullopt;
    const QString id = m_spec->currentData().toString();
    for (const unis::PresetSpec &s : m_specs.cpu + m_specs.gpu) {
        if (!id.isEmpty() && s.specId == id)
            return s;
    }
    return std::nullopt;
}

void UnisDevEnvDialog::onSpecChanged()
{
    m_placement.reset();
    const int generation = ++m_placementGeneration;
    const auto spec = selectedSpec();
    if (!spec) {
        m_placementLabel->setText(m_presetSpecs ? tr("Choose a spec.") : QString());
        m_placementLabel->setEnabled(false);
        updateSummary();
        Q_EMIT placementChanged();
        return;
    }
    m_placementLabel->setText(tr("Asking the platform where “%1” runs…").arg(spec->label()));
    m_placementLabel->setEnabled(false);
    updateSummary();
    // The spec decides the resource group: asked now, so that the user sees it before creating.
    m_provider->specPlacement(spec->specId, this, [this, generation](const Result<unis::SpecPlacement> &r) {
        if (generation != m_placementGeneration)
            return;
        m_placementLabel->setEnabled(true);
        if (r.ok()) {
            m_placement = r.value();
            m_placementLabel->setText(m_placement->resourceGroupName.isEmpty() ? m_placement->resourceGroupId
                                                                                : m_placement->resourceGroupName);
            m_placementLabel->setToolTip(tr("Resource group id %1").arg(m_placement->resourceGroupId));
        } else {
            m_placementLabel->setText(tr("No resource group for this spec: %1").arg(r.error().toDisplayString()));
        }
        updateSummary();
        Q_EMIT placementChanged();
    });
}

bool UnisDevEnvDialog::selectImage(const QString &name, const QString &version)
{
    for (int i = 0; i < m_image->count(); ++i) {
        const QPoint at = m_image->itemData(i).toPoint();
        const unis::Asset &a = m_images.at(at.x());
        if (a.name == name && (version.isEmpty() || a.versions.at(at.y()).name == version)) {
            m_image->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void UnisDevEnvDialog::setName(const QString &name)
{
    m_name->setText(name);
}

unis::DevEnvRequest UnisDevEnvDialog::request() const
{
    unis::DevEnvRequest r;
    r.name = m_name->text().trimmed();
    if (m_image->currentIndex() >= 0) {
        const QPoint at = m_image->currentData().toPoint();
        if (at.x() >= 0 && at.x() < m_images.size() && at.y() >= 0 && at.y() < m_images.at(at.x()).versions.size()) {
            const unis::Asset &a = m_images.at(at.x());
            r.imageId = a.id;
            r.image = a.versions.at(at.y()).path;
            r.imageType = a.preset ? 1 : 2;
        }
    }
    if (m_presetSpecs) {
        if (const auto spec = selectedSpec()) {
            r.specId = spec->specId;
            r.cpu = spec->cpuCores;
            r.memoryGb = spec->memoryGb;
            r.gpu = spec->notebookGpu();
        }
        if (m_placement)
            r.resourceGroupId = m_placement->resourceGroupId;
    } else {
        const int g = m_group->currentData().isValid() ? m_group->currentData().toInt() : -1;
        if (g >= 0 && g < m_groups.size())
            r.resourceGroupId = m_groups.at(g).id;
        r.cpu = m_cpu->value();
        r.memoryGb = m_memory->value();
        r.gpu.gpuLimit = m_gpus->value();
    }
    r.enableSsh = m_ssh->isChecked();
    r.sshAuthType = m_sshAuth->currentData().toInt();
    r.sshPassword = m_sshPassword->text();
    r.keyPairId = m_keyPair->text().trimmed();
    r.sharedMemory = m_sharedMemory->isChecked();
    return r;
}

QString UnisDevEnvDialog::summaryText() const
{
    const unis::DevEnvRequest r = request();
    QStringList lines;
    lines.append(tr("Dev environment “%1”").arg(r.name));
    if (m_presetSpecs) {
        const auto spec = selectedSpec();
        lines.append(spec ? tr("Spec: %1 (%2)").arg(spec->label(), specDetail(*spec)) : tr("Spec: none chosen"));
        lines.append(tr("Resource group: %1").arg(m_placement ? m_placement->resourceGroupName : tr("not known yet")));
    } else {
        lines.append(tr("%1 cores, %2 GB memory, %n GPU(s)", nullptr, r.gpu.gpuLimit).arg(r.cpu).arg(r.memoryGb));
        lines.append(tr("Resource group: %1").arg(m_group->currentIndex() >= 0 ? m_groups.value(m_group->currentData().toInt()).name
                                                                              : tr("none chosen")));
    }
    lines.append(tr("Image: %1").arg(m_image->currentIndex() >= 0 ? m_image->currentText() : tr("none chosen")));
    lines.append(r.enableSsh ? tr("SSH: on (%1)").arg(m_sshAuth->currentText()) : tr("SSH: off"));
    lines.append(r.sharedMemory ? tr("Shared memory: on") : tr("Shared memory: off"));
    return lines.join(QLatin1Char('\n'));
}

void UnisDevEnvDialog::updateSummary()
{
    m_summary->setText(summaryText());
    const bool ssh = m_ssh->isChecked();
    m_sshAuth->setEnabled(ssh && !m_sent);
    const int auth = m_sshAuth->currentData().toInt();
    m_sshPassword->setEnabled(ssh && auth != 2 && !m_sent);
    m_keyPair->setEnabled(ssh && auth != 1 && !m_sent);
    if (!m_sent) {
        const bool placed = !m_presetSpecs || m_placement.has_value();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_loaded && placed && m_image->currentIndex() >= 0);
    }
}

void UnisDevEnvDialog::accept()
{
    if (m_sent || !m_loaded)
        return;
    const unis::DevEnvRequest r = request();
    if (const auto problem = unis::UnisProvider::validateDevEnv(r)) {
        showError(*problem);
        return;
    }
    const QString question = tr("Create this dev environment?") + QStringLiteral("\n\n") + summaryText() + QStringLiteral("\n\n")
        + tr("It starts at once and uses the account's compute quota until it is stopped.");
    if (!m_confirm(tr("New dev environment"), question))
        return;
    m_sent = true; // never twice, whatever happens next
    Q_EMIT sending();
    setBusy(true, tr("Creating “%1”…").arg(r.name));
    m_provider->createDevEnv(r, selectedSpec(), this, [this, name = r.name](const Result<unis::UnisProvider::CreateOutcome> &result) {
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
    });
}

void UnisDevEnvDialog::setBusy(bool busy, const QString &message)
{
    m_progress->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_resources), static_cast<QWidget *>(m_image),
                       static_cast<QWidget *>(m_ssh), static_cast<QWidget *>(m_sharedMemory)})
        w->setEnabled(!busy && !m_sent);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_sent && m_loaded);
    m_copyError->hide();
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    if (!busy)
        updateSummary();
}

void UnisDevEnvDialog::showError(const QString &message)
{
    m_error = message;
    m_status->setText(message);
    m_status->show();
    m_copyError->show();
    if (QLayout *l = layout()) {
        l->activate();
        const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

} // namespace suanli::gui
