#include "renewdialog.h"

#include "confirmationbox.h"
#include "resourcetablemodel.h"

#include "core/jsonutil.h"
#include "platforms/huixingyun/huixingyunmapping.h"
#include "platforms/huixingyun/huixingyunprovider.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

QString payMethodOf(const Resource &r)
{
    return json::text(r.raw.value(QStringLiteral("pay_method")));
}

} // namespace

QList<int> RenewDialog::commonPeriods(const QList<Resource> &resources)
{
    QList<int> common = {1, 3, 7, 12};
    for (const Resource &r : resources) {
        const QList<int> allowed = huixingyun::HuixingyunProvider::renewPeriods(payMethodOf(r));
        common.removeIf([&allowed](int p) { return !allowed.contains(p); });
    }
    return common;
}

RenewDialog::RenewDialog(const QList<Resource> &resources, const QString &warning, QWidget *parent)
    : QDialog(parent)
    , m_resources(resources)
    , m_periods(new QComboBox(this))
{
    setObjectName(QStringLiteral("RenewDialog"));
    setWindowTitle(tr("Renew"));
    QStringList lines;
    for (const Resource &r : resources) {
        const auto unit = huixingyun::Mapping::payUnitOfMethod(payMethodOf(r));
        m_allDaily = m_allDaily && unit == huixingyun::PayUnit::Daily;
        m_allMonthly = m_allMonthly && unit == huixingyun::PayUnit::Monthly;
        lines.append(tr("• %1 — %2, expires %3")
                         .arg(r.name.isEmpty() ? r.id : r.name, huixingyun::Mapping::billingLabel(payMethodOf(r)).toLower(),
                              r.expiresAt.isValid() ? ResourceTableModel::timeDisplay(r.expiresAt) : tr("(unknown)")));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Renew %n instance(s):", nullptr, int(resources.size())), this));
    auto *list = new QLabel(lines.join(QLatin1Char('\n')), this);
    list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(list);
    auto *form = new QFormLayout;
    m_periods->setObjectName(QStringLiteral("periodCombo"));
    for (int p : commonPeriods(resources))
        m_periods->addItem(periodText(p), p);
    form->addRow(tr("&For:"), m_periods);
    layout->addLayout(form);
    if (!m_allDaily && !m_allMonthly) {
        auto *mixed = new QLabel(tr("A period is a day for daily instances and a month for monthly ones."), this);
        mixed->setWordWrap(true);
        layout->addWidget(mixed);
    }
    auto *note = new QLabel(warning + QLatin1Char(' ')
                                + tr("慧星云's API gives no price, so the cost is not shown here: check it in the 慧星云 web console."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Renew…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

RenewDialog::~RenewDialog() = default;

QString RenewDialog::periodText(int periods) const
{
    if (m_allDaily)
        return tr("%n day(s)", nullptr, periods);
    if (m_allMonthly)
        return tr("%n month(s)", nullptr, periods);
    return tr("%n period(s)", nullptr, periods);
}

int RenewDialog::periods() const
{
    return m_periods->currentData().toInt();
}

void RenewDialog::setPeriods(int periods)
{
    const int i = m_periods->findData(periods);
    if (i >= 0)
        m_periods->setCurrentIndex(i);
}

void RenewDialog::accept()
{
    if (periods() <= 0)
        return;
    if (!ConfirmationBox::ask(this, tr("Renew"),
                              tr("Renew %n instance(s) for %1?", nullptr, int(m_resources.size())).arg(periodText(periods())),
                              tr("The account is charged for the extra time now."), tr("Renew")))
        return;
    QDialog::accept();
}

} // namespace suanli::gui
