#include "balancepanel.h"

#include "resourcetablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QToolButton>
#include <QWidgetAction>

namespace suanli::gui {

BalancePanel::BalancePanel(QWidget *parent, Clock clock)
    : QWidget(parent)
    , m_cash(new QLabel(this))
    , m_cardsButton(new QToolButton(this))
    , m_spendable(new QLabel(this))
    , m_cardsTable(new QTableWidget(0, 4))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cash);
    layout->addSpacing(12);
    layout->addWidget(m_cardsButton);
    layout->addSpacing(12);
    layout->addWidget(m_spendable);

    m_cash->setObjectName(QStringLiteral("balanceCash"));
    m_spendable->setObjectName(QStringLiteral("balanceSpendable"));
    m_cardsButton->setObjectName(QStringLiteral("balanceCards"));
    m_cash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_spendable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_spendable->setToolTip(tr("Cash plus what is left on compute cards that have not expired."));
    m_cardsButton->setPopupMode(QToolButton::InstantPopup);
    m_cardsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cardsButton->setAutoRaise(true);

    m_cardsTable->setHorizontalHeaderLabels({tr("Compute card"), tr("Remaining"), tr("Expires"), tr("Status")});
    m_cardsTable->verticalHeader()->hide();
    m_cardsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cardsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cardsTable->setAlternatingRowColors(true);
    m_cardsTable->horizontalHeader()->setStretchLastSection(true);
    m_cardsTable->setMinimumSize(560, 220);
    auto *menu = new QMenu(m_cardsButton);
    auto *tableAction = new QWidgetAction(menu);
    tableAction->setDefaultWidget(m_cardsTable);
    menu->addAction(tableAction);
    m_cardsButton->setMenu(menu);

    m_cash->setText(tr("Balance: …"));
    m_cardsButton->hide();
    m_spendable->hide();
}

BalancePanel::~BalancePanel() = default;

std::optional<Money> BalancePanel::spendable() const
{
    if (!m_balance)
        return std::nullopt;
    const QDateTime now = m_clock();
    Money total = m_balance->available;
    for (const BalanceItem &item : m_balance->extras) {
        if (!item.expires.isValid() || item.expires > now)
            total += item.amount;
    }
    return total;
}

void BalancePanel::setBalance(const Balance &balance)
{
    m_balance = balance;
    // Without cards there is one amount: no "cash" beside a "spendable" that says the same.
    m_cash->setText(balance.extras.isEmpty() ? tr("Balance <b>%1</b>").arg(balance.available.toDisplayString())
                                             : tr("Cash <b>%1</b>").arg(balance.available.toDisplayString()));
    m_cash->setToolTip({});
    const QDateTime now = m_clock();
    Money cards;
    int live = 0;
    m_cardsTable->setRowCount(int(balance.extras.size()));
    for (int row = 0; row < balance.extras.size(); ++row) {
        const BalanceItem &item = balance.extras.at(row);
        const bool expired = item.expires.isValid() && item.expires <= now;
        if (!expired) {
            cards += item.amount;
            ++live;
        }
        auto *title = new QTableWidgetItem(item.label);
        auto *amount = new QTableWidgetItem(item.amount.toDisplayString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *expires = new QTableWidgetItem(expired ? tr("%1 (expired)").arg(ResourceTableModel::timeDisplay(item.expires))
                                                     : ResourceTableModel::timeDisplay(item.expires));
        auto *note = new QTableWidgetItem(item.note);
        for (QTableWidgetItem *cell : {title, amount, expires, note}) {
            if (expired)
                cell->setForeground(m_cardsTable->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_cardsTable->setItem(row, 0, title);
        m_cardsTable->setItem(row, 1, amount);
        m_cardsTable->setItem(row, 2, expires);
        m_cardsTable->setItem(row, 3, note);
    }
    m_cardsTable->resizeColumnsToContents();
    m_cardsButton->setVisible(!balance.extras.isEmpty());
    m_cardsButton->setText(tr("Compute cards %1 (%n usable) ▾", nullptr, live).arg(cards.toDisplayString()));
    m_cardsButton->setToolTip(tr("%n compute card(s) in total; click for the details.", nullptr, int(balance.extras.size())));
    m_spendable->setVisible(!balance.extras.isEmpty());
    m_spendable->setText(tr("Spendable <b>%1</b>").arg(spendable()->toDisplayString()));
}

void BalancePanel::setError(const QString &message)
{
    if (!m_balance)
        m_cash->setText(tr("Balance unavailable"));
    m_cash->setToolTip(message);
}

} // namespace suanli::gui
