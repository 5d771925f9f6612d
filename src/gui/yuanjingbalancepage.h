#pragma once

#include "platforms/yuanjing/yuanjingtypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace suanli::yuanjing {
class YuanjingProvider;
}

namespace suanli::gui {

// The 元境 balance account by account (cash, gift...), their sum, and the way to recharge.
class YuanjingBalancePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingBalancePage)

public:
    YuanjingBalancePage(yuanjing::YuanjingProvider *provider, QWidget *parent = nullptr);
    ~YuanjingBalancePage() override;

    QTreeWidget *list() const { return m_list; }
    QLabel *totalLabel() const { return m_total; }
    QPushButton *rechargeButton() const { return m_recharge; }
    bool hasLoaded() const { return m_loaded; }
    QList<yuanjing::AccountBalance> balances() const { return m_balances; }

    void reload();

Q_SIGNALS:
    void loaded();
    void rechargeRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    yuanjing::YuanjingProvider *m_provider;
    QLabel *m_total;
    QTreeWidget *m_list;
    QPushButton *m_refresh;
    QPushButton *m_recharge;
    QList<yuanjing::AccountBalance> m_balances;
    bool m_loaded = false;
};

} // namespace suanli::gui
