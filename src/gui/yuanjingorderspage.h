#pragma once

#include <QWidget>

class QPushButton;

namespace suanli {
class AppSettings;
}

namespace suanli::yuanjing {
class YuanjingProvider;
}

namespace suanli::gui {

class PagedTablePage;

// 元境's charges, a page at a time (page / pagerows on the wire): model, usage, amount, dates,
// status and booking; with the price of a model and, for operators, a pricing program's test.
class YuanjingOrdersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingOrdersPage)

public:
    YuanjingOrdersPage(yuanjing::YuanjingProvider *provider, AppSettings *settings, QWidget *parent = nullptr);
    ~YuanjingOrdersPage() override;

    PagedTablePage *table() const { return m_table; }
    QPushButton *priceButton() const { return m_price; }
    QPushButton *pricingTestButton() const { return m_pricingTest; }

Q_SIGNALS:
    void priceRequested();
    void pricingTestRequested();

private:
    PagedTablePage *m_table;
    QPushButton *m_price;
    QPushButton *m_pricingTest;
};

} // namespace suanli::gui
