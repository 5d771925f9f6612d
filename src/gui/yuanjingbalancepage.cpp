#include "yuanjingbalancepage.h"

#include "platforms/yuanjing/yuanjingprovider.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suanli::gui {

YuanjingBalancePage::YuanjingBalancePage(yuanjing::YuanjingProvider *provider, QWidget *parent)
    : QWidget(parent)
    , m_provider(provider)
    , m_total(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_recharge(new QPushButton(tr("Re&charge…"), this))
{
    setObjectName(QStringLiteral("yuanjingBalancePage"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_total->setObjectName(QStringLiteral("balanceTotal"));
    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_total->setFont(big);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recharge->setObjectName(QStringLiteral("balanceRecharge"));
    m_recharge->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    row->addWidget(m_total, 1);
    row->addWidget(m_refresh);
    row->addWidget(m_recharge);
    layout->addLayout(row);
    m_list->setObjectName(QStringLiteral("balanceList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Account"), tr("Balance")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_list, 1);
    auto *note = new QLabel(tr("Recharging pays with Alipay in your web browser; the balance here follows once the payment "
                               "arrives. Videos are charged when they succeed."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    connect(m_refresh, &QPushButton::clicked, this, &YuanjingBalancePage::reload);
    connect(m_recharge, &QPushButton::clicked, this, &YuanjingBalancePage::rechargeRequested);
    m_total->setText(tr("Balance: …"));
}

YuanjingBalancePage::~YuanjingBalancePage() = default;

void YuanjingBalancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void YuanjingBalancePage::reload()
{
    m_provider->balances(this, [this](const Result<QList<yuanjing::AccountBalance>> &r) {
        m_loaded = true;
        if (!r) {
            m_total->setText(tr("The balance could not be read: %1").arg(r.error().toDisplayString()));
            Q_EMIT loaded();
            return;
        }
        m_balances = r.value();
        m_list->clear();
        Money total;
        for (const yuanjing::AccountBalance &b : std::as_const(m_balances)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, b.account.isEmpty() ? tr("(unnamed account)") : b.account);
            item->setText(1, b.balance.toDisplayString());
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            total += b.balance;
        }
        m_total->setText(tr("Balance: %1").arg(total.toDisplayString()));
        Q_EMIT loaded();
    });
}

} // namespace suanli::gui
