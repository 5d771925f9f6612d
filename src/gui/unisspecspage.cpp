#include "unisspecspage.h"

#include "headerstatekeeper.h"

#include "platforms/unis/unisprovider.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

enum SpecColumn { Nickname, Type, Share, Gpus, Cpu, Memory, SpecId, SpecColumnCount };
constexpr int kMigLoadedRole = Qt::UserRole + 1;

QString shareText(const QString &share)
{
    if (share == u"mig")
        return UnisSpecsPage::tr("MIG");
    if (share == u"vgpu")
        return UnisSpecsPage::tr("vGPU");
    return UnisSpecsPage::tr("whole cards");
}

} // namespace

UnisSpecsPage::UnisSpecsPage(unis::UnisProvider *provider, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_provider(provider)
    , m_note(new QLabel(this))
    , m_models(new QTreeWidget(this))
    , m_specs(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("unisSpecsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_note->setObjectName(QStringLiteral("specsNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_note, 1);
    auto *reloadButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reload"), this);
    connect(reloadButton, &QPushButton::clicked, this, &UnisSpecsPage::reload);
    top->addWidget(reloadButton);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    m_models->setObjectName(QStringLiteral("gpuModelList"));
    m_models->setHeaderLabels({tr("GPU model / MIG profile")});
    m_models->setToolTip(tr("Expand a model to see the MIG profiles it can be cut into."));
    connect(m_models, &QTreeWidget::itemExpanded, this, &UnisSpecsPage::loadMig);
    splitter->addWidget(m_models);
    m_specs->setObjectName(QStringLiteral("specList"));
    m_specs->setColumnCount(SpecColumnCount);
    m_specs->setHeaderLabels({tr("Spec"), tr("Type"), tr("GPU sharing"), tr("GPUs"), tr("CPU cores"), tr("Memory"), tr("Spec ID")});
    m_specs->setRootIsDecorated(false);
    m_specs->setAlternatingRowColors(true);
    m_specs->setSortingEnabled(true);
    m_specs->header()->setSectionsMovable(true);
    splitter->addWidget(m_specs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    m_specHeader = new HeaderStateKeeper(m_specs->header(), settings, QStringLiteral("unis.specs"), this);
    if (!m_specHeader->restore())
        m_specs->setColumnWidth(Nickname, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);

    m_note->setText(tr("The deployment's preset specs, as your users see them when they create dev environments and "
                       "jobs. Specs are added and removed in the UNIS web console."));
}

UnisSpecsPage::~UnisSpecsPage()
{
    m_specHeader->flush();
}

void UnisSpecsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        reload(); // read when first looked at, not for every administrator's tab at start
}

void UnisSpecsPage::reload()
{
    if (m_pending > 0)
        return;
    m_requested = true;
    m_pending = 2;
    auto finish = [this] {
        if (--m_pending > 0)
            return;
        m_loaded = true;
        Q_EMIT loaded();
    };
    m_provider->gpuModels(this, [this, finish](const Result<QStringList> &r) {
        m_models->clear();
        if (!r.ok()) {
            auto *item = new QTreeWidgetItem(m_models, {tr("Not available: %1").arg(r.error().toDisplayString())});
            item->setToolTip(0, item->text(0));
        } else {
            for (const QString &model : r.value()) {
                auto *item = new QTreeWidgetItem(m_models, {model});
                item->setData(0, Qt::UserRole, model);
                item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            }
        }
        finish();
    });
    m_provider->specs(this, [this, finish](const Result<unis::SpecList> &r) {
        m_specs->clear();
        if (!r.ok()) {
            auto *item = new QTreeWidgetItem(m_specs, {tr("Not available: %1").arg(r.error().toDisplayString())});
            item->setToolTip(0, item->text(0));
        } else {
            for (const unis::PresetSpec &s : r.value().cpu + r.value().gpu) {
                auto *item = new QTreeWidgetItem(m_specs);
                item->setText(Nickname, s.label());
                item->setToolTip(Nickname, s.name);
                item->setText(Type, s.specType);
                item->setText(Share, s.numberOfGpus > 0 ? shareText(s.gpuShare) : QString());
                item->setText(Gpus, s.numberOfGpus > 0 ? (s.gpuShare == u"mig" ? tr("%1 × %2").arg(s.numberOfGpus).arg(s.migType)
                                                                                 : QString::number(s.numberOfGpus))
                                                       : QString());
                item->setText(Cpu, QString::number(s.cpuCores));
                item->setText(Memory, tr("%1 GB").arg(s.memoryGb));
                item->setText(SpecId, s.specId);
            }
        }
        finish();
    });
}

void UnisSpecsPage::loadMig(QTreeWidgetItem *item)
{
    if (!item || item->parent() || item->data(0, kMigLoadedRole).toBool())
        return;
    item->setData(0, kMigLoadedRole, true);
    const QString model = item->data(0, Qt::UserRole).toString();
    auto *pending = new QTreeWidgetItem(item, {tr("Reading…")});
    pending->setDisabled(true);
    m_provider->migProfiles(model, this, [this, model](const Result<QStringList> &r) {
        // The list may have been read again meanwhile: find the model's row by name.
        const auto found = m_models->findItems(model, Qt::MatchExactly);
        if (found.isEmpty())
            return;
        QTreeWidgetItem *row = found.first();
        qDeleteAll(row->takeChildren());
        if (!r.ok()) {
            // "This card cannot be cut into MIG slices" comes back as an error.
            auto *note = new QTreeWidgetItem(row, {r.error().toDisplayString()});
            note->setDisabled(true);
            return;
        }
        for (const QString &profile : r.value())
            new QTreeWidgetItem(row, {profile});
        if (r.value().isEmpty()) {
            auto *note = new QTreeWidgetItem(row, {tr("No MIG profile")});
            note->setDisabled(true);
        }
    });
}

} // namespace suanli::gui
