#include "changebillingdialog.h"

#include "confirmationbox.h"

#include "core/jsonutil.h"
#include "platforms/huixingyun/huixingyunmapping.h"
#include "platforms/huixingyun/huixingyunprovider.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

QString payMethodOf(const Resource &r)
{
    return json::text(r.raw.value(QStringLiteral("pay_method")));
}

QString keyOf(huixingyun::PayUnit unit)
{
    switch (unit) {
    case huixingyun::PayUnit::Daily: return QStringLiteral("daily");
    case huixingyun::PayUnit::Monthly: return QStringLiteral("monthly");
    case huixingyun::PayUnit::Hourly: break;
    }
    return QStringLiteral("hourly");
}

} // namespace

QList<huixingyun::PayUnit> ChangeBillingDialog::commonTargets(const QList<Resource> &resources)
{
    QList<huixingyun::PayUnit> common = {huixingyun::PayUnit::Daily, huixingyun::PayUnit::Monthly};
    for (const Resource &r : resources) {
        const QList<huixingyun::PayUnit> allowed = huixingyun::HuixingyunProvider::billingTargets(payMethodOf(r));
        common.removeIf([&allowed](huixingyun::PayUnit u) { return !allowed.contains(u); });
    }
    return common;
}

ChangeBillingDialog::ChangeBillingDialog(const QList<Resource> &resources, const QString &warning, QWidget *parent)
    : QDialog(parent)
    , m_resources(resources)
    , m_targets(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("ChangeBillingDialog"));
    setWindowTitle(tr("Change billing"));
    auto *layout = new QVBoxLayout(this);
    QStringList lines;
    for (const Resource &r : resources)
        lines.append(tr("• %1 — now %2").arg(r.name.isEmpty() ? r.id : r.name, huixingyun::Mapping::billingLabel(payMethodOf(r)).toLower()));
    auto *intro = new QLabel(tr("Change the billing of %n instance(s) to:", nullptr, int(resources.size())), this);
    layout->addWidget(intro);
    bool first = true;
    for (huixingyun::PayUnit unit : commonTargets(resources)) {
        auto *radio = new QRadioButton(huixingyun::Mapping::payUnitLabel(unit), this);
        radio->setObjectName(QStringLiteral("target-") + keyOf(unit));
        radio->setChecked(first);
        first = false;
        m_targets->addButton(radio, int(unit));
        layout->addWidget(radio);
    }
    auto *list = new QLabel(lines.join(QLatin1Char('\n')), this);
    list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(list);
    auto *note = new QLabel(warning + QStringLiteral("\n\n")
                                + tr("慧星云's API gives no price, so the cost is not shown here: check it in the 慧星云 web console."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change billing…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

ChangeBillingDialog::~ChangeBillingDialog() = default;

QString ChangeBillingDialog::billingKey() const
{
    const int id = m_targets->checkedId();
    return id < 0 ? QString() : keyOf(huixingyun::PayUnit(id));
}

void ChangeBillingDialog::setTarget(huixingyun::PayUnit unit)
{
    if (QAbstractButton *b = m_targets->button(int(unit)))
        b->setChecked(true);
}

void ChangeBillingDialog::accept()
{
    const int id = m_targets->checkedId();
    if (id < 0)
        return;
    const QString target = huixingyun::Mapping::payUnitLabel(huixingyun::PayUnit(id)).toLower();
    if (!ConfirmationBox::ask(this, tr("Change billing"),
                              tr("Switch %n instance(s) to %1 billing?", nullptr, int(m_resources.size())).arg(target),
                              tr("This charges the prepaid period now and cannot be undone: the instances never go back "
                                 "to hourly billing, and only hourly instances can be destroyed."),
                              tr("Change billing")))
        return;
    QDialog::accept();
}

} // namespace suanli::gui
