#include "createinstancedialog.h"

#include "ui_createinstancedialog.h"

#include "platforms/chenyu/chenyuclient.h"

#include <QMessageBox>
#include <QPushButton>

namespace suanli::gui {

CreateInstanceDialog::CreateInstanceDialog(chenyu::Client *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateInstanceDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setObjectName(QStringLiteral("CreateInstanceDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create…"));
    QFont big = m_ui->priceLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_ui->priceLabel->setFont(big);
    m_ui->billingNoteLabel->setText(tr("Billed by the hour while the instance runs. The application may add its own hourly price."));
    m_ui->billingNoteLabel->setEnabled(false);
    m_ui->gpuDescLabel->setEnabled(false);
    m_ui->noGpuPriceLabel->setEnabled(false);

    m_confirm = [this](const QString &title, const QString &question) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
        QPushButton *create = box.addButton(tr("Create"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
        return box.clickedButton() == create;
    };

    connect(m_ui->podCombo, &QComboBox::currentIndexChanged, this, &CreateInstanceDialog::onPodChanged);
    connect(m_ui->gpuCombo, &QComboBox::currentIndexChanged, this, &CreateInstanceDialog::updatePrice);
    load();
}

CreateInstanceDialog::~CreateInstanceDialog() = default;

void CreateInstanceDialog::load()
{
    setBusy(true, tr("Loading applications and GPU models…"));
    m_pending = 2;
    m_loadError.clear();
    auto finishOne = [this] {
        if (--m_pending > 0)
            return;
        setBusy(false);
        if (!m_loadError.isEmpty()) {
            showError(m_loadError);
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
            return;
        }
        populate();
    };
    m_client->allPods(this, [this, finishOne](const Result<QList<chenyu::Pod>> &r) {
        if (r.ok())
            m_pods = r.value();
        else
            m_loadError = tr("The applications could not be loaded: %1").arg(r.error().toDisplayString());
        finishOne();
    });
    m_client->gpuModels(this, [this, finishOne](const Result<chenyu::GpuCatalog> &r) {
        if (r.ok())
            m_gpus = r.value();
        else
            m_loadError = tr("The GPU models could not be loaded: %1").arg(r.error().toDisplayString());
        finishOne();
    });
}

void CreateInstanceDialog::populate()
{
    m_ui->podCombo->clear();
    for (int i = 0; i < m_pods.size(); ++i) {
        const chenyu::Pod &pod = m_pods.at(i);
        m_ui->podCombo->addItem(pod.title.isEmpty() ? pod.podName : pod.title, i);
        m_ui->podCombo->setItemData(m_ui->podCombo->count() - 1, pod.podName, Qt::ToolTipRole);
    }
    m_ui->gpuCombo->clear();
    for (int i = 0; i < m_gpus.models.size(); ++i) {
        const chenyu::GpuModel &gpu = m_gpus.models.at(i);
        QString text = tr("%1 — %2/h").arg(gpu.title, gpu.price.toDisplayString());
        if (!gpu.freeText.isEmpty())
            text += QStringLiteral(" — ") + gpu.freeText;
        m_ui->gpuCombo->addItem(text, i);
    }
    m_ui->noGpuPriceLabel->setText(tr("Without a GPU: %1/h").arg(m_gpus.noCardPrice.toDisplayString()));
    m_loaded = true;
    onPodChanged();
    updatePrice();
    if (m_pods.isEmpty() || m_gpus.models.isEmpty()) {
        showError(m_pods.isEmpty() ? tr("The platform offers no application to create an instance from.")
                                   : tr("The platform offers no GPU model right now."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    Q_EMIT catalogLoaded();
}

const chenyu::Pod *CreateInstanceDialog::selectedPod() const
{
    const int i = m_ui->podCombo->currentData().toInt();
    return m_ui->podCombo->currentIndex() >= 0 && i >= 0 && i < m_pods.size() ? &m_pods.at(i) : nullptr;
}

const chenyu::GpuModel *CreateInstanceDialog::selectedGpu() const
{
    const int i = m_ui->gpuCombo->currentData().toInt();
    return m_ui->gpuCombo->currentIndex() >= 0 && i >= 0 && i < m_gpus.models.size() ? &m_gpus.models.at(i) : nullptr;
}

void CreateInstanceDialog::onPodChanged()
{
    m_ui->tagCombo->clear();
    const chenyu::Pod *pod = selectedPod();
    if (!pod)
        return;
    QStringList tags = pod->imageTags;
    if (!pod->imageTag.isEmpty() && !tags.contains(pod->imageTag))
        tags.append(pod->imageTag);
    for (const QString &tag : std::as_const(tags))
        m_ui->tagCombo->addItem(tag == pod->imageTag ? tr("%1 (default)").arg(tag) : tag, tag);
    const int def = m_ui->tagCombo->findData(pod->imageTag);
    m_ui->tagCombo->setCurrentIndex(def >= 0 ? def : m_ui->tagCombo->count() - 1);
}

QString CreateInstanceDialog::priceText() const
{
    const chenyu::GpuModel *gpu = selectedGpu();
    return gpu ? gpu->price.toDisplayString() : QString();
}

void CreateInstanceDialog::updatePrice()
{
    const chenyu::GpuModel *gpu = selectedGpu();
    m_ui->gpuDescLabel->setText(gpu ? (gpu->remark.isEmpty() ? gpu->desc : gpu->desc + QStringLiteral(" · ") + gpu->remark)
                                    : QString());
    m_ui->priceLabel->setText(gpu ? tr("%1 per hour").arg(gpu->price.toDisplayString()) : QString());
}

chenyu::CreateInstanceParams CreateInstanceDialog::params() const
{
    chenyu::CreateInstanceParams p;
    if (const chenyu::Pod *pod = selectedPod())
        p.podUuid = pod->uuid;
    p.imageTag = m_ui->tagCombo->currentData().toString();
    if (const chenyu::GpuModel *gpu = selectedGpu())
        p.gpuModelUuid = gpu->uuid;
    p.autoStart = m_ui->autoStartCheck->isChecked();
    return p;
}

void CreateInstanceDialog::accept()
{
    if (m_sent || !m_loaded)
        return;
    const chenyu::Pod *pod = selectedPod();
    const chenyu::GpuModel *gpu = selectedGpu();
    if (!pod || !gpu || m_ui->tagCombo->currentIndex() < 0) {
        showError(tr("Choose an application, an image tag and a GPU model."));
        return;
    }
    const QString cost = m_ui->autoStartCheck->isChecked()
        ? tr("It starts right away and costs %1 per hour while it runs.").arg(gpu->price.toDisplayString())
        : tr("It costs %1 per hour once it runs.").arg(gpu->price.toDisplayString());
    const QString question = tr("Create an instance of %1 (%2) on %3?")
                                 .arg(pod->title, m_ui->tagCombo->currentData().toString(), gpu->title)
        + QStringLiteral("\n\n") + cost;
    if (!m_confirm(tr("Create instance"), question))
        return;

    m_sent = true; // never twice, whatever happens next
    setBusy(true, tr("Creating the instance…"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_client->createInstance(params(), this, [this](const Result<chenyu::Instance> &r) {
        setBusy(false);
        Q_EMIT createFinished();
        if (r.ok()) {
            m_created = r.value();
            QDialog::accept();
            return;
        }
        m_outcomeUnknown = r.error().ambiguous;
        if (m_outcomeUnknown) {
            showError(tr("No clear answer came back: the instance may have been created. The instance list is "
                         "re-read; check it before trying again.\n%1")
                          .arg(r.error().toDisplayString()));
        } else {
            showError(tr("The instance was not created: %1").arg(r.error().toDisplayString()));
            m_sent = false; // the platform refused: trying again is safe
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        }
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    });
}

void CreateInstanceDialog::setBusy(bool busy, const QString &message)
{
    m_ui->progressBar->setVisible(busy);
    m_ui->statusLabel->setVisible(!message.isEmpty());
    m_ui->statusLabel->setText(message);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->podCombo), static_cast<QWidget *>(m_ui->tagCombo),
                       static_cast<QWidget *>(m_ui->gpuCombo), static_cast<QWidget *>(m_ui->autoStartCheck)})
        w->setEnabled(!busy);
    if (m_ui->buttonBox->button(QDialogButtonBox::Ok))
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_sent);
}

void CreateInstanceDialog::showError(const QString &message)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setVisible(true);
}

} // namespace suanli::gui
