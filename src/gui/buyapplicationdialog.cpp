#include "buyapplicationdialog.h"

#include "orderresults.h"

#include "platforms/huixingyun/huixingyunmapping.h"
#include "platforms/huixingyun/huixingyunprovider.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

enum AppColumn { Title, Type, Cpu, Memory, SystemDisk, DataDisk, AppColumnCount };

constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

BuyApplicationDialog::BuyApplicationDialog(huixingyun::HuixingyunProvider *provider, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_apps(new QTreeWidget(this))
    , m_count(new QSpinBox(this))
    , m_billing(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_priceNote(new QLabel(this))
    , m_result(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("BuyApplicationDialog"));
    setWindowTitle(tr("Buy application"));
    auto *layout = new QVBoxLayout(this);
    auto *appsLabel = new QLabel(tr("&Application (慧星云 picks the GPU, zone and image):"), this);
    appsLabel->setBuddy(m_apps);
    layout->addWidget(appsLabel);
    layout->addWidget(m_apps, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Instances:"), m_count);
    form->addRow(tr("&Billing:"), m_billing);
    layout->addLayout(form);
    auto *summaryBox = new QGroupBox(tr("Order"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addWidget(m_priceNote);
    layout->addWidget(summaryBox);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_apps->setObjectName(QStringLiteral("appList"));
    m_apps->setColumnCount(AppColumnCount);
    m_apps->setHeaderLabels({tr("Application"), tr("Type"), tr("vCPU"), tr("Memory"), tr("System disk"), tr("Data disk")});
    m_apps->setRootIsDecorated(false);
    m_apps->setUniformRowHeights(true);
    m_apps->setAlternatingRowColors(true);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(1, 50);
    m_billing->setObjectName(QStringLiteral("billingCombo"));
    for (huixingyun::PayUnit unit : {huixingyun::PayUnit::Hourly, huixingyun::PayUnit::Daily, huixingyun::PayUnit::Monthly})
        m_billing->addItem(huixingyun::Mapping::payUnitLabel(unit), int(unit));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_priceNote->setWordWrap(true);
    m_priceNote->setText(tr("Buying costs money. 慧星云's API gives no price, so none is shown here: check the price in "
                            "the 慧星云 web console before you order."));
    m_result->setObjectName(QStringLiteral("resultList"));
    m_result->setRootIsDecorated(false);
    m_result->hide();
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Buy…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_confirm = [this](const QString &title, const QString &question) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmOrder"));
        QPushButton *buy = box.addButton(tr("Buy"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
        return box.clickedButton() == buy;
    };
    connect(m_apps, &QTreeWidget::currentItemChanged, this, &BuyApplicationDialog::updateSummary);
    connect(m_count, &QSpinBox::valueChanged, this, &BuyApplicationDialog::updateSummary);
    connect(m_billing, &QComboBox::currentIndexChanged, this, &BuyApplicationDialog::updateSummary);
    resize(720, 520);
    load();
}

BuyApplicationDialog::~BuyApplicationDialog() = default;

void BuyApplicationDialog::load()
{
    setBusy(true, tr("Loading the applications…"));
    m_provider->client()->applications(this, [this](const Result<QList<huixingyun::AppProduct>> &r) {
        setBusy(false);
        if (!r.ok()) {
            showError(tr("The applications could not be loaded: %1").arg(r.error().toDisplayString()));
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
            return;
        }
        m_products = r.value();
        m_apps->clear();
        for (int i = 0; i < m_products.size(); ++i) {
            const huixingyun::AppProduct &a = m_products.at(i);
            auto *item = new QTreeWidgetItem(m_apps);
            item->setData(Title, kIndexRole, i);
            item->setText(Title, a.title.isEmpty() ? a.appType : a.title);
            item->setText(Type, a.appType);
            item->setText(Cpu, a.cpu > 0 ? QString::number(a.cpu) : QString());
            item->setText(Memory, a.memoryGb > 0 ? tr("%1 GB").arg(a.memoryGb) : QString());
            item->setText(SystemDisk, a.systemDiskGb > 0 ? tr("%1 GB").arg(a.systemDiskGb) : QString());
            item->setText(DataDisk, a.dataDiskGb > 0 ? tr("%1 GB").arg(a.dataDiskGb) : QString());
        }
        for (int c = 0; c < AppColumnCount; ++c)
            m_apps->resizeColumnToContents(c);
        m_loaded = true;
        if (m_apps->topLevelItemCount() > 0)
            m_apps->setCurrentItem(m_apps->topLevelItem(0));
        else
            showError(tr("慧星云 offers no application right now."));
        updateSummary();
        Q_EMIT catalogLoaded();
    });
}

bool BuyApplicationDialog::selectApplication(const QString &appType)
{
    for (int i = 0; i < m_apps->topLevelItemCount(); ++i) {
        if (m_apps->topLevelItem(i)->text(Type) == appType) {
            m_apps->setCurrentItem(m_apps->topLevelItem(i));
            return true;
        }
    }
    return false;
}

std::optional<huixingyun::AppProduct> BuyApplicationDialog::selectedApp() const
{
    const QTreeWidgetItem *item = m_apps->currentItem();
    if (!item)
        return std::nullopt;
    const int i = item->data(Title, kIndexRole).toInt();
    return i >= 0 && i < m_products.size() ? std::optional(m_products.at(i)) : std::nullopt;
}

huixingyun::BuyAppRequest BuyApplicationDialog::request() const
{
    huixingyun::BuyAppRequest r;
    if (const auto app = selectedApp())
        r.appType = app->appType;
    r.count = m_count->value();
    r.payUnit = huixingyun::PayUnit(m_billing->currentData().toInt());
    return r;
}

QString BuyApplicationDialog::summaryText() const
{
    const auto app = selectedApp();
    if (!app)
        return tr("Choose an application.");
    const huixingyun::BuyAppRequest r = request();
    return tr("%n instance(s) of %1", nullptr, r.count).arg(app->title.isEmpty() ? app->appType : app->title) + QLatin1Char('\n')
        + tr("Billing: %1").arg(huixingyun::Mapping::payUnitLabel(r.payUnit));
}

void BuyApplicationDialog::updateSummary()
{
    m_summary->setText(summaryText());
    if (!m_sent)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_loaded && selectedApp().has_value());
}

void BuyApplicationDialog::accept()
{
    if (m_sent || !m_loaded)
        return;
    const huixingyun::BuyAppRequest r = request();
    if (const auto problem = huixingyun::HuixingyunProvider::validateBuyApplication(r)) {
        showError(*problem);
        return;
    }
    const QString question = tr("Buy these application instances?") + QStringLiteral("\n\n") + summaryText()
        + QStringLiteral("\n\n")
        + tr("This costs money from the moment the order is placed. 慧星云's API gives no price, so the cost is not "
             "shown here.");
    if (!m_confirm(tr("Buy application"), question))
        return;
    m_sent = true; // never twice, whatever happens next
    setBusy(true, tr("Placing the order…"));
    m_provider->buyApplication(r, this, [this](const Result<huixingyun::OrderOutcome> &result) {
        setBusy(false);
        Q_EMIT orderFinished();
        if (!result.ok()) {
            if (result.error().ambiguous) {
                showError(tr("No clear answer came back: the order may have been placed. The instance list is re-read; "
                             "check it before ordering again.\n%1")
                              .arg(result.error().toDisplayString()));
                m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
            } else {
                showError(tr("Nothing was ordered: %1").arg(result.error().toDisplayString()));
                m_sent = false;
                updateSummary();
            }
            return;
        }
        m_outcome = result.value();
        OrderResults::fill(m_result, *m_outcome, palette());
        m_result->show();
        showError(OrderResults::summary(*m_outcome));
        m_buttons->button(QDialogButtonBox::Ok)->hide();
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        for (QWidget *w : {static_cast<QWidget *>(m_apps), static_cast<QWidget *>(m_count), static_cast<QWidget *>(m_billing)})
            w->setEnabled(false);
        if (m_outcome->succeeded > 0)
            Q_EMIT ordered(*m_outcome);
    });
}

void BuyApplicationDialog::setBusy(bool busy, const QString &message)
{
    m_progress->setVisible(busy);
    m_status->setVisible(!message.isEmpty());
    m_status->setText(message);
    for (QWidget *w : {static_cast<QWidget *>(m_apps), static_cast<QWidget *>(m_count), static_cast<QWidget *>(m_billing)})
        w->setEnabled(!busy);
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!busy && !m_sent && m_loaded);
}

void BuyApplicationDialog::showError(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(true);
}

} // namespace suanli::gui
