#pragma once

#include "accountpanels.h"

#include "platforms/huixingyun/huixingyuntypes.h"

#include <QPointer>

namespace suanli::huixingyun {
class HuixingyunProvider;
}

namespace suanli::gui {

class BuyApplicationDialog;
class RentGpuDialog;
class TokensPage;

// 慧星云: the API tokens page, "Rent GPUs…" and "Buy application…" (whose new instances are
// selected once they show up), and the dialogs behind rebuild, billing changes and renewals.
class HuixingyunPanels final : public AccountPanels
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuixingyunPanels)

public:
    // nullptr when the context's provider is not 慧星云's.
    static HuixingyunPanels *create(const Context &context);
    // Creates a token named after this computer from the account's username and password.
    static PasswordSignIn passwordSignIn();
    ~HuixingyunPanels() override;

    void addPages(QTabWidget *pages) override;
    QList<QAction *> createActions() const override;
    QDialog *openDialog() const override;
    InstancesPage::Prepared prepareRequest(Action action, const QList<Resource> &resources, ActionRequest &request) override;

    TokensPage *tokensPage() const { return m_tokens; }
    RentGpuDialog *rentDialog() const;
    BuyApplicationDialog *applicationDialog() const;
    QAction *rentAction() const { return m_rentAction; }
    QAction *buyApplicationAction() const { return m_buyAppAction; }
    void openRentDialog();
    void openApplicationDialog();

private:
    HuixingyunPanels(const Context &context, huixingyun::HuixingyunProvider *provider);
    // Selects what the order created once the list shows it.
    void follow(const huixingyun::OrderOutcome &outcome);

    huixingyun::HuixingyunProvider *m_provider;
    QAction *m_rentAction;
    QAction *m_buyAppAction;
    TokensPage *m_tokens = nullptr;
    QPointer<RentGpuDialog> m_rent;
    QPointer<BuyApplicationDialog> m_buyApp;
};

} // namespace suanli::gui
