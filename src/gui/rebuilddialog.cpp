#include "rebuilddialog.h"

#include "confirmationbox.h"

#include "core/jsonutil.h"
#include "platforms/huixingyun/huixingyunprovider.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

enum Column { Name, Os, Source, Description, ColumnCount };

} // namespace

RebuildDialog::RebuildDialog(huixingyun::HuixingyunProvider *provider, const QList<Resource> &resources, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_resources(resources)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_warning(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("RebuildDialog"));
    setWindowTitle(tr("Rebuild from an image"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_warning);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    const Resource &first = resources.first();
    const QString os = json::text(first.raw.value(QStringLiteral("image")).toObject().value(QStringLiteral("os")));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Reinstall %n instance(s) in zone %1 from an image. Only images with the same operating system "
                        "(%2) are offered: 慧星云 cannot reinstall across operating systems.",
                        nullptr, int(resources.size()))
                         .arg(first.region, os.isEmpty() ? tr("unknown") : os));
    m_list->setObjectName(QStringLiteral("imageList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Image"), tr("OS"), tr("Source"), tr("Description")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_warning->setWordWrap(true);
    m_warning->setText(provider->actionInfo(Action::Rebuild).warning);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    m_status->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rebuild…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr); });
    resize(760, 420);

    provider->rebuildImages(first, this, [this](const Result<QList<huixingyun::Image>> &r) {
        m_progress->hide();
        m_loaded = true;
        if (!r.ok()) {
            m_status->setText(tr("The images could not be loaded: %1").arg(r.error().toDisplayString()));
            m_status->show();
            Q_EMIT imagesLoaded();
            return;
        }
        m_images = r.value();
        for (const huixingyun::Image &image : std::as_const(m_images)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(Name, image.name);
            item->setData(Name, Qt::UserRole, image.imageId);
            item->setText(Os, image.os);
            item->setText(Source, image.mine ? tr("mine") : tr("public"));
            item->setText(Description, image.description);
            item->setToolTip(Description, image.description);
        }
        m_list->resizeColumnToContents(Name);
        m_list->resizeColumnToContents(Os);
        m_list->resizeColumnToContents(Source);
        if (m_images.isEmpty()) {
            m_status->setText(tr("No image fits these instances."));
            m_status->show();
        }
        Q_EMIT imagesLoaded();
    });
}

RebuildDialog::~RebuildDialog() = default;

QString RebuildDialog::imageId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(Name, Qt::UserRole).toString() : QString();
}

bool RebuildDialog::selectImage(const QString &imageId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(Name, Qt::UserRole).toString() == imageId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void RebuildDialog::accept()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QStringList names;
    for (const Resource &r : std::as_const(m_resources))
        names.append(QStringLiteral("• ") + (r.name.isEmpty() ? r.id : r.name) + QStringLiteral(" (") + r.id + QLatin1Char(')'));
    const QString question = tr("Reinstall %n instance(s) from “%1”?", nullptr, int(m_resources.size())).arg(item->text(Name));
    if (!ConfirmationBox::ask(this, tr("Rebuild"), question,
                              names.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("The system disk of each is wiped; "
                                                                                         "this cannot be undone."),
                              tr("Rebuild")))
        return;
    QDialog::accept();
}

} // namespace suanli::gui
