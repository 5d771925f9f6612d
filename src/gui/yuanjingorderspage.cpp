#include "yuanjingorderspage.h"

#include "pagedtablepage.h"
#include "resourcetablemodel.h"

#include "platforms/yuanjing/yuanjingprovider.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace suanli::gui {

YuanjingOrdersPage::YuanjingOrdersPage(yuanjing::YuanjingProvider *provider, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_price(new QPushButton(tr("&Price of a model…"), this))
    , m_pricingTest(new QPushButton(tr("&Test a pricing program…"), this))
{
    setObjectName(QStringLiteral("yuanjingOrdersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(9, 6, 9, 0);
    m_price->setObjectName(QStringLiteral("ordersPrice"));
    m_pricingTest->setObjectName(QStringLiteral("ordersPricingTest"));
    m_pricingTest->setToolTip(tr("Runs a pricing program on a usage, for operators who define prices"));
    row->addWidget(m_price);
    row->addWidget(m_pricingTest);
    row->addStretch(1);
    layout->addLayout(row);
    m_table = new PagedTablePage(
        {tr("Used"), tr("Model"), tr("Usage"), tr("Amount"), tr("Status"), tr("Booked")}, {3},
        [provider](int page, int pageSize, const QString &keyword, QObject *context,
                   std::function<void(const Result<PagedRows> &)> done) {
            provider->orders(page, pageSize, context, [done, keyword](const Result<yuanjing::OrdersPage> &r) {
                if (!r.ok()) {
                    done(r.error());
                    return;
                }
                PagedRows rows;
                rows.total = r.value().total;
                // The platform has no search: the filter narrows the page shown.
                const QString needle = keyword.trimmed();
                for (const yuanjing::Order &o : r.value().rows) {
                    const QStringList row{ResourceTableModel::timeDisplay(o.usedAt),
                                          o.name.isEmpty() ? o.llmid : o.name,
                                          o.usage,
                                          o.amount.toDisplayString(),
                                          o.status,
                                          o.accountingStatus};
                    if (!needle.isEmpty() && !row.join(u' ').contains(needle, Qt::CaseInsensitive)
                        && !o.llmid.contains(needle, Qt::CaseInsensitive))
                        continue;
                    rows.rows.append(row);
                }
                done(rows);
            });
        },
        settings, QStringLiteral("yuanjing.orders"), this);
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setFilterPlaceholder(tr("Filter the rows of this page…"));
    layout->addWidget(m_table, 1);
    connect(m_price, &QPushButton::clicked, this, &YuanjingOrdersPage::priceRequested);
    connect(m_pricingTest, &QPushButton::clicked, this, &YuanjingOrdersPage::pricingTestRequested);
}

YuanjingOrdersPage::~YuanjingOrdersPage() = default;

} // namespace suanli::gui
