#pragma once

#include "core/account.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace suanli {
class EventLog;
}

namespace suanli::gui {

class YuanjingSignInWidget;

// A new SMS sign-in for a 元境 account whose session ended: the account's phone gets a code,
// the account signed in before is picked again, and secret() is the new session.
class YuanjingSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingSignInDialog)

public:
    YuanjingSignInDialog(const Account &account, EventLog *eventLog, QWidget *parent = nullptr);
    ~YuanjingSignInDialog() override;

    YuanjingSignInWidget *signIn() const { return m_signIn; }
    QString secret() const;
    QString accountId() const { return m_account.id; }

    void accept() override;

private:
    Account m_account;
    YuanjingSignInWidget *m_signIn;
    QDialogButtonBox *m_buttons;
};

} // namespace suanli::gui
