#pragma once

#include "core/account.h"
#include "core/result.h"

#include <QDialog>

#include <memory>

namespace suanli {
class AccountSession;
class Provider;
}

namespace suanli::gui {

namespace Ui {
class AddAccountDialog;
}

class AccountManager;

// Asks for a platform, a name, the base URL and the credentials, and verifies them against the
// platform with a temporary session before it accepts. Nothing is saved here: the caller adds
// account() and secret() once the dialog is accepted.
class AddAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAccountDialog)

public:
    explicit AddAccountDialog(AccountManager *accounts, QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    Account account() const { return m_account; }
    QString secret() const;
    bool isVerifying() const { return m_provider != nullptr && m_verifying; }
    QString errorText() const { return m_error; }

    void accept() override;
    void reject() override;

private:
    void onPlatformChanged();
    void startVerification();
    void onVerified(const Result<Done> &result);
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    void discardVerification();

    std::unique_ptr<Ui::AddAccountDialog> m_ui;
    AccountManager *m_accounts;
    Account m_account;
    AccountSession *m_session = nullptr;
    Provider *m_provider = nullptr;
    bool m_verifying = false;
    int m_generation = 0;
    bool m_nameEdited = false;
    QString m_lastSuggestedName;
    QString m_error;
};

} // namespace suanli::gui
