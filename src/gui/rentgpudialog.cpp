#include "rentgpudialog.h"

#include "ui_rentgpudialog.h"

#include "orderresults.h"

#include "platforms/huixingyun/huixingyunmapping.h"
#include "platforms/huixingyun/huixingyunprovider.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace suanli::gui {

namespace {

enum ProductColumn { Model, GpuRam, Cpu, Memory, Zone, GpusLeft, SystemDisk, DataDisk, GpuType, ProductColumnCount };

constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

RentGpuDialog::RentGpuDialog(huixingyun::HuixingyunProvider *provider, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RentGpuDialog>())
    , m_provider(provider)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("RentGpuDialog"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Rent…"));

    m_ui->productList->setColumnCount(ProductColumnCount);
    m_ui->productList->setHeaderLabels({tr("Model"), tr("GPU memory"), tr("vCPU"), tr("Memory"), tr("Zone"), tr("GPUs left"),
                                        tr("System disk"), tr("Data disk"), tr("GPU type")});
    m_ui->productList->header()->setStretchLastSection(true);
    m_ui->productList->setSelectionMode(QAbstractItemView::SingleSelection);

    for (huixingyun::PayUnit unit : {huixingyun::PayUnit::Hourly, huixingyun::PayUnit::Daily, huixingyun::PayUnit::Monthly})
        m_ui->billingCombo->addItem(huixingyun::Mapping::payUnitLabel(unit), int(unit));
    m_ui->billingCombo->setToolTip(tr("Hourly instances can be destroyed once stopped; daily and monthly ones are paid "
                                      "ahead and run until they expire."));
    m_ui->diskSpin->setSuffix(tr(" GB"));
    m_ui->gpusNoteLabel->setEnabled(false);
    m_ui->diskNoteLabel->setEnabled(false);
    m_ui->imageDescLabel->setEnabled(false);
    m_ui->priceNoteLabel->setText(tr("Renting costs money. 慧星云's API gives no price, so none is shown here: check the "
                                     "price in the 慧星云 web console before you order."));
    m_ui->resultList->hide();

    m_confirm = [this](const QString &title, const QString &question) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmOrder"));
        QPushButton *rent = box.addButton(tr("Rent"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
        return box.clickedButton() == rent;
    };

    connect(m_ui->productList, &QTreeWidget::currentItemChanged, this, &RentGpuDialog::onProductChanged);
    connect(m_ui->imageCombo, &QComboBox::currentIndexChanged, this, &RentGpuDialog::updateSummary);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &RentGpuDialog::updateSummary);
    connect(m_ui->gpusSpin, &QSpinBox::valueChanged, this, &RentGpuDialog::updateSummary);
    connect(m_ui->diskSpin, &QSpinBox::valueChanged, this, &RentGpuDialog::updateSummary);
    connect(m_ui->billingCombo, &QComboBox::currentIndexChanged, this, &RentGpuDialog::updateSummary);
    loadProducts();
}

RentGpuDialog::~RentGpuDialog() = default;

void RentGpuDialog::loadProducts()
{
    setBusy(true, tr("Loading the GPU types…"));
    m_provider->client()->products(this, [this](const Result<QList<huixingyun::GpuProduct>> &r) {
        setBusy(false);
        if (!r.ok()) {
            showError(tr("The GPU types could not be loaded: %1").arg(r.error().toDisplayString()));
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
            return;
        }
        m_products = r.value();
        m_ui->productList->clear();
        QTreeWidgetItem *first = nullptr;
        for (int i = 0; i < m_products.size(); ++i) {
            const huixingyun::GpuProduct &p = m_products.at(i);
            auto *item = new QTreeWidgetItem(m_ui->productList);
            item->setData(Model, kIndexRole, i);
            item->setText(Model, p.name);
            item->setText(GpuRam, tr("%1 GB").arg(p.gpuRamGb));
            item->setText(Cpu, QString::number(p.cpu));
            item->setText(Memory, tr("%1 GB").arg(p.memoryGb));
            item->setText(Zone, p.roomName);
            item->setText(GpusLeft, p.gpuRemain > 0 ? QString::number(p.gpuRemain) : tr("none"));
            item->setText(SystemDisk, tr("%1 GB").arg(p.systemDiskGb));
            item->setText(DataDisk, tr("%1 GB").arg(p.dataDiskGb));
            item->setText(GpuType, p.gpuType);
            for (int c : {GpuRam, Cpu, Memory, GpusLeft, SystemDisk, DataDisk})
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            if (p.gpuRemain < 1) {
                // Sold out for now: shown, so the user sees it exists, but not orderable.
                item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
                item->setToolTip(Model, tr("No GPUs of this type are free right now."));
            } else if (!first) {
                first = item;
            }
        }
        for (int c = 0; c < ProductColumnCount - 1; ++c)
            m_ui->productList->resizeColumnToContents(c);
        m_loaded = true;
        if (first)
            m_ui->productList->setCurrentItem(first);
        else
            showError(m_products.isEmpty() ? tr("慧星云 offers no GPU type right now.") : tr("Every GPU type is sold out right now."));
        updateSummary();
        Q_EMIT catalogLoaded();
    });
}

bool RentGpuDialog::selectProduct(const QString &gpuType)
{
    for (int i = 0; i < m_ui->productList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->productList->topLevelItem(i);
        if (item->text(GpuType) == gpuType && (item->flags() & Qt::ItemIsEnabled)) {
            m_ui->productList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

std::optional<huixingyun::GpuProduct> RentGpuDialog::selectedProduct() const
{
    const QTreeWidgetItem *item = m_ui->productList->currentItem();
    if (!item)
        return std::nullopt;
    const int i = item->data(Model, kIndexRole).toInt();
    if (i < 0 || i >= m_products.size() || m_products.at(i).gpuRemain < 1)
        return std::nullopt;
    return m_products.at(i);
}

std::optional<huixingyun::Image> RentGpuDialog::selectedImage() const
{
    const QVariant i = m_ui->imageCombo->currentData();
    if (!i.isValid() || i.toInt() < 0 || i.toInt() >= m_images.size())
        return std::nullopt;
    return m_images.at(i.toInt());
}

void RentGpuDialog::onProductChanged()
{
    const auto product = selectedProduct();
    const QSignalBlocker blockGpus(m_ui->gpusSpin);
    const QSignalBlocker blockDisk(m_ui->diskSpin);
    if (product) {
        m_ui->gpusSpin->setRange(1, qMax(1, product->gpuRemain));
        m_ui->gpusNoteLabel->setText(tr("up to %n per instance now", nullptr, product->gpuRemain));
        // The data disk grows in steps of 100 GB, up to what the type allows.
        const int most = qMax(0, product->diskCapGb / 100 * 100);
        m_ui->diskSpin->setRange(0, most);
        m_ui->diskNoteLabel->setText(tr("in steps of 100 GB, up to %1 GB; included: %2 GB system disk, %3 GB data disk")
                                         .arg(most)
                                         .arg(product->systemDiskGb)
                                         .arg(product->dataDiskGb));
    } else {
        m_ui->gpusNoteLabel->clear();
        m_ui->diskNoteLabel->clear();
    }
    loadImages();
    updateSummary();
}

void RentGpuDialog::loadImages()
{
    m_images.clear();
    m_ui->imageCombo->clear();
    m_imagesLoaded = false;
    const auto product = selectedProduct();
    if (!product)
        return;
    // Images belong to a zone: the public ones of the type and the account's own in its zone.
    struct Pending
    {
        QList<huixingyun::Image> publicImages;
        QList<huixingyun::Image> mine;
        int left = 2;
        QStringList errors;
    };
    auto pending = std::make_shared<Pending>();
    const int generation = ++m_imageGeneration;
    m_ui->imageCombo->setPlaceholderText(tr("Loading images…"));
    auto finish = [this, pending, generation, room = product->roomName] {
        if (--pending->left > 0 || generation != m_imageGeneration)
            return;
        m_images.clear();
        for (const huixingyun::Image &i : pending->publicImages + pending->mine) {
            if (i.roomName.isEmpty() || room.isEmpty() || i.roomName == room)
                m_images.append(i);
        }
        const QSignalBlocker block(m_ui->imageCombo);
        m_ui->imageCombo->clear();
        for (int i = 0; i < m_images.size(); ++i) {
            const huixingyun::Image &image = m_images.at(i);
            const QString os = image.os.isEmpty() ? tr("OS unknown") : image.os;
            m_ui->imageCombo->addItem(image.mine ? tr("%1 — %2 — my image").arg(image.name, os)
                                                 : tr("%1 — %2 — public").arg(image.name, os),
                                      i);
            m_ui->imageCombo->setItemData(m_ui->imageCombo->count() - 1, image.description, Qt::ToolTipRole);
        }
        m_ui->imageCombo->setPlaceholderText(m_images.isEmpty() ? tr("No image for this GPU type") : QString());
        m_ui->imageCombo->setCurrentIndex(m_images.isEmpty() ? -1 : 0);
        m_imagesLoaded = true;
        if (!pending->errors.isEmpty())
            showError(pending->errors.join(QLatin1Char('\n')));
        updateSummary();
        Q_EMIT imagesChanged();
    };
    m_provider->client()->publicImages(product->gpuType, this, [pending, finish](const Result<QList<huixingyun::Image>> &r) {
        if (r.ok())
            pending->publicImages = r.value();
        else
            pending->errors.append(tr("The public images could not be loaded: %1").arg(r.error().toDisplayString()));
        finish();
    });
    m_provider->client()->myImages(product->roomName, this, [pending, finish](const Result<QList<huixingyun::Image>> &r) {
        if (r.ok()) {
            pending->mine = r.value();
            for (huixingyun::Image &i : pending->mine)
                i.mine = true;
        } else {
            pending->errors.append(tr("Your own images could not be loaded: %1").arg(r.error().toDisplayString()));
        }
        finish();
    });
}

huixingyun::BuyRequest RentGpuDialog::request() const
{
    huixingyun::BuyRequest r;
    if (const auto image = selectedImage())
        r.imageId = image->imageId;
    if (const auto product = selectedProduct()) {
        r.gpuType = product->gpuType;
        r.roomName = product->roomName;
    }
    r.count = m_ui->countSpin->value();
    r.gpusPerInstance = m_ui->gpusSpin->value();
    r.extraDiskGb = m_ui->diskSpin->value() / 100 * 100;
    r.payUnit = huixingyun::PayUnit(m_ui->billingCombo->currentData().toInt());
    return r;
}

QString RentGpuDialog::summaryText() const
{
    const auto product = selectedProduct();
    if (!product)
        return tr("Choose a GPU type that has GPUs left.");
    const huixingyun::BuyRequest r = request();
    const auto image = selectedImage();
    QStringList lines;
    lines.append(tr("%n instance(s) of %1 in zone %2", nullptr, r.count).arg(product->name, product->roomName));
    lines.append(tr("%n GPU(s) per instance", nullptr, r.gpusPerInstance) + QStringLiteral(" · ")
                 + tr("%n GPU(s) in all", nullptr, r.count * r.gpusPerInstance) + QStringLiteral(" · ")
                 + tr("%1 vCPU and %2 GB memory each").arg(product->cpu).arg(product->memoryGb));
    lines.append(tr("Image: %1").arg(image ? image->name + QStringLiteral(" (") + (image->os.isEmpty() ? tr("OS unknown") : image->os)
                                                 + QLatin1Char(')')
                                           : tr("none chosen")));
    lines.append(tr("Disks: %1 GB system + %2 GB data + %3 GB extra data")
                     .arg(product->systemDiskGb)
                     .arg(product->dataDiskGb)
                     .arg(r.extraDiskGb));
    lines.append(tr("Billing: %1").arg(huixingyun::Mapping::payUnitLabel(r.payUnit)));
    if (r.count * r.gpusPerInstance > product->gpuRemain)
        lines.append(tr("Only %n GPU(s) of this type are left: part of the order may fail.", nullptr, product->gpuRemain));
    return lines.join(QLatin1Char('\n'));
}

void RentGpuDialog::updateSummary()
{
    m_ui->summaryLabel->setText(summaryText());
    if (const auto image = selectedImage())
        m_ui->imageDescLabel->setText(image->description);
    else
        m_ui->imageDescLabel->clear();
    if (!m_sent)
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_loaded && selectedProduct() && selectedImage());
}

void RentGpuDialog::accept()
{
    if (m_sent || !m_loaded)
        return;
    const auto product = selectedProduct();
    if (!product) {
        showError(tr("Choose a GPU type that has GPUs left."));
        return;
    }
    const huixingyun::BuyRequest r = request();
    if (const auto problem = huixingyun::HuixingyunProvider::validateBuy(r, *product)) {
        showError(*problem);
        return;
    }
    const QString question = tr("Rent these instances?") + QStringLiteral("\n\n") + summaryText() + QStringLiteral("\n\n")
        + tr("This costs money from the moment the order is placed. 慧星云's API gives no price, so the cost is not "
             "shown here.");
    if (!m_confirm(tr("Rent GPUs"), question))
        return;

    m_sent = true; // never twice, whatever happens next
    setBusy(true, tr("Placing the order…"));
    m_provider->buy(r, *product, this, [this](const Result<huixingyun::OrderOutcome> &result) {
        setBusy(false);
        Q_EMIT orderFinished();
        if (result.ok()) {
            showOutcome(result.value());
            return;
        }
        if (result.error().ambiguous) {
            showError(tr("No clear answer came back: the order may have been placed. The instance list is re-read; "
                         "check it before ordering again.\n%1")
                          .arg(result.error().toDisplayString()));
            m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        } else {
            showError(tr("Nothing was ordered: %1").arg(result.error().toDisplayString()));
            m_sent = false; // the platform refused: trying again is safe
            updateSummary();
        }
    });
}

void RentGpuDialog::showOutcome(const huixingyun::OrderOutcome &outcome)
{
    m_outcome = outcome;
    OrderResults::fill(m_ui->resultList, outcome, palette());
    m_ui->resultList->show();
    m_ui->statusLabel->setText(OrderResults::summary(outcome)
                               + (outcome.succeeded > 0 ? QLatin1Char(' ') + tr("The new instances are selected in the list once they show up.")
                                                        : QString()));
    m_ui->statusLabel->show();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    for (QWidget *w : {static_cast<QWidget *>(m_ui->productList), static_cast<QWidget *>(m_ui->imageCombo),
                       static_cast<QWidget *>(m_ui->countSpin), static_cast<QWidget *>(m_ui->gpusSpin),
                       static_cast<QWidget *>(m_ui->diskSpin), static_cast<QWidget *>(m_ui->billingCombo)})
        w->setEnabled(false);
    if (outcome.succeeded > 0)
        Q_EMIT ordered(outcome);
}

void RentGpuDialog::setBusy(bool busy, const QString &message)
{
    m_ui->progressBar->setVisible(busy);
    m_ui->statusLabel->setVisible(!message.isEmpty());
    m_ui->statusLabel->setText(message);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->productList), static_cast<QWidget *>(m_ui->imageCombo),
                       static_cast<QWidget *>(m_ui->countSpin), static_cast<QWidget *>(m_ui->gpusSpin),
                       static_cast<QWidget *>(m_ui->diskSpin), static_cast<QWidget *>(m_ui->billingCombo)})
        w->setEnabled(!busy);
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(!busy && !m_sent && m_loaded);
}

void RentGpuDialog::showError(const QString &message)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setVisible(true);
}

} // namespace suanli::gui
