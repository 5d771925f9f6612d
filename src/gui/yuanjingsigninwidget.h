#pragma once

#include "platforms/yuanjing/yuanjingtypes.h"

#include "core/result.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace suanli {
class AccountSession;
class EventLog;
}

namespace suanli::yuanjing {
class YuanjingProvider;
}

namespace suanli::gui {

// 元境's SMS sign-in: the phone number, "Send code" (then a countdown before the next one), the
// code, and, when the phone has several accounts, the list to choose one from. It says plainly
// that a number 元境 does not know yet gets a new account. The session it signs in with has a
// cookie jar of its own from the code request to the login; once signed in, secret() is that
// session's cookies, the account's secret.
class YuanjingSignInWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingSignInWidget)

public:
    explicit YuanjingSignInWidget(EventLog *eventLog, QWidget *parent = nullptr);
    ~YuanjingSignInWidget() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setPhone(const QString &phone);
    QString phone() const;
    // For signing in again: the phone is the account's and cannot change here.
    void setPhoneEditable(bool editable);
    // The account to pick without asking when the phone has several (the one signed in before).
    void setPreferredUserId(const QString &userId) { m_preferredUserId = userId; }
    // Seconds before another code may be asked for (60 by default).
    void setResendSeconds(int seconds) { m_resendSeconds = seconds; }

    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *sendButton() const { return m_send; }
    QListWidget *accountList() const { return m_accounts; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *statusLabel() const { return m_status; }

    // Asks for a code (the base URL and phone must be set).
    void sendCode();
    // Signs in with the code typed (and the account chosen, when the phone has several).
    void signIn();
    bool codeSent() const { return !m_key.isEmpty(); }
    bool isChoosing() const { return !m_candidates.isEmpty(); }
    bool isBusy() const { return m_busy; }
    bool isSignedIn() const { return m_signedIn; }
    // Why signIn() cannot run now (translated); empty when it can.
    QString problem() const;

    // After signedIn(): the session's cookies and who signed in.
    QString secret() const { return m_secret; }
    yuanjing::User user() const { return m_user; }
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void signedIn();
    // The platform refused or could not be reached (translated).
    void failed(const QString &message);
    void busyChanged(bool busy);
    // Something the user must act on changed (code sent, accounts to choose from).
    void stepChanged();

private:
    void ensureSession();
    void setBusy(bool busy, const QString &message = {});
    void showStatus(const QString &message, bool error);
    void tick();
    void updateSendButton();
    void onOutcome(const Result<yuanjing::LoginOutcome> &result);
    void resetChoice();

    EventLog *m_eventLog;
    QUrl m_baseUrl;
    QLineEdit *m_phone;
    QPushButton *m_send;
    QLineEdit *m_code;
    QLabel *m_note;
    QLabel *m_chooseLabel;
    QListWidget *m_accounts;
    QLabel *m_status;
    QTimer *m_countdown;
    AccountSession *m_session = nullptr;
    yuanjing::YuanjingProvider *m_provider = nullptr;
    QString m_sessionFor; // "url|phone" the session was made for
    QString m_key;
    QString m_keyPhone;
    QList<yuanjing::User> m_candidates;
    QString m_preferredUserId;
    QString m_secret;
    yuanjing::User m_user;
    QString m_error;
    int m_resendSeconds = 60;
    int m_secondsLeft = 0;
    int m_generation = 0;
    bool m_busy = false;
    bool m_signedIn = false;
};

} // namespace suanli::gui
