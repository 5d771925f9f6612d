#pragma once

#include "core/account.h"
#include "core/result.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace suanli {
class AccountSession;
class Provider;
}

namespace suanli::gui {

namespace Ui {
class AddAccountDialog;
}

class AccountManager;
class YuanjingSignInWidget;

// Asks for a platform, a name, the base URL and the credentials, and verifies them against the
// platform with a temporary session before it accepts. Privately deployed platforms (no default
// address) need the base URL and may name a CA certificate file; the UNIS platform also takes the
// deployment's login encryption key, or sends the password unencrypted for versions before D11. Where the platform trades a username and
// password for an API token (慧星云), either an existing token or the password can be given; the
// password then creates a token named after this computer. Nothing is saved here: the caller
// adds account() and secret() (and password(), when rememberPassword() or for the session) once
// the dialog is accepted. Where the platform signs in with an SMS code (元境) the secret is the
// session that sign-in makes, and the dialog says that an unknown phone gets a new account.
class AddAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAccountDialog)

public:
    explicit AddAccountDialog(AccountManager *accounts, QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    Account account() const { return m_account; }
    // The token or key to keep: typed, or created from the password.
    QString secret() const;
    // The password typed for a password sign-in; empty otherwise.
    QString password() const;
    bool rememberPassword() const;
    bool usesPasswordSignIn() const;
    // The platform signs in with a code sent by SMS (元境): the widget that does it.
    bool usesSmsSignIn() const;
    YuanjingSignInWidget *smsSignIn() const { return m_sms; }
    bool isVerifying() const { return m_provider != nullptr && m_verifying; }
    QString errorText() const { return m_error; }

    void accept() override;
    void reject() override;

private:
    void onPlatformChanged();
    void updateSignInMode();
    void chooseCaCertificate();
    void growToFit();
    // The platform-specific options typed in (aes-key, plain-password, ca-cert), or a problem.
    std::optional<QString> collectOptions(const QString &platformKey, QVariantMap &options) const;
    void startVerification();
    void verifyToken();
    void onVerified(const Result<Done> &result);
    void onSmsSignedIn();
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
    bool m_passwordSignIn = false;  // the platform offers it
    QString m_createdToken;         // from the password, reused when the check is tried again
    QString m_createdTokenFor;      // "url|username" it was created for
    QString m_lastSuggestedName;
    YuanjingSignInWidget *m_sms = nullptr;
    QString m_error;
};

} // namespace suanli::gui
