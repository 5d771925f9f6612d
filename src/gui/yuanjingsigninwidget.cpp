#include "yuanjingsigninwidget.h"

#include "statustones.h"

#include "core/accountsession.h"
#include "platforms/yuanjing/yuanjingclient.h"
#include "platforms/yuanjing/yuanjingprovider.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace suanli::gui {

YuanjingSignInWidget::YuanjingSignInWidget(EventLog *eventLog, QWidget *parent)
    : QWidget(parent)
    , m_eventLog(eventLog)
    , m_phone(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_code(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_chooseLabel(new QLabel(this))
    , m_accounts(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("yuanjingSignIn"));
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_phone->setObjectName(QStringLiteral("smsPhone"));
    m_phone->setPlaceholderText(tr("Mobile number, e.g. 138 0000 0000"));
    m_phone->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[+0-9 ()-]{0,20}")), m_phone));
    m_send->setObjectName(QStringLiteral("smsSend"));
    // Wide enough for the countdown, so that the row does not jump each second.
    m_send->setMinimumWidth(m_send->fontMetrics().horizontalAdvance(tr("Resend in %n s", nullptr, 60)) + 32);
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_send);
    auto *phoneLabel = new QLabel(tr("&Phone:"), this);
    phoneLabel->setBuddy(m_phone);
    layout->addRow(phoneLabel, phoneRow);

    m_code->setObjectName(QStringLiteral("smsCode"));
    m_code->setPlaceholderText(tr("The code from the SMS"));
    m_code->setMaxLength(12);
    m_code->setEnabled(false);
    auto *codeLabel = new QLabel(tr("SMS &code:"), this);
    codeLabel->setBuddy(m_code);
    layout->addRow(codeLabel, m_code);

    m_chooseLabel->setObjectName(QStringLiteral("smsChooseLabel"));
    m_chooseLabel->setWordWrap(true);
    m_chooseLabel->setText(tr("This phone number has several 元境 accounts. Choose the one to add:"));
    m_accounts->setObjectName(QStringLiteral("smsAccounts"));
    m_accounts->setMaximumHeight(m_accounts->fontMetrics().height() * 6);
    layout->addRow(m_chooseLabel);
    layout->addRow(m_accounts);
    m_chooseLabel->hide();
    m_accounts->hide();

    m_note->setObjectName(QStringLiteral("smsNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("元境 sends a sign-in code by SMS. A phone number 元境 does not know yet gets a new 元境 "
                       "account when you sign in with it."));
    layout->addRow(m_note);

    m_status->setObjectName(QStringLiteral("smsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addRow(m_status);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &YuanjingSignInWidget::tick);
    connect(m_send, &QPushButton::clicked, this, &YuanjingSignInWidget::sendCode);
    connect(m_phone, &QLineEdit::textChanged, this, [this] {
        // Another phone: the key and the choice were for the old one.
        if (yuanjing::Client::normalizedPhone(m_phone->text()) != m_keyPhone) {
            resetChoice();
            m_code->setEnabled(false);
        }
        updateSendButton();
    });
    connect(m_code, &QLineEdit::textChanged, this, &YuanjingSignInWidget::stepChanged);
    updateSendButton();
}

YuanjingSignInWidget::~YuanjingSignInWidget() = default;

void YuanjingSignInWidget::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    updateSendButton();
}

void YuanjingSignInWidget::setPhone(const QString &phone)
{
    m_phone->setText(phone);
}

QString YuanjingSignInWidget::phone() const
{
    return yuanjing::Client::normalizedPhone(m_phone->text());
}

void YuanjingSignInWidget::setPhoneEditable(bool editable)
{
    m_phone->setReadOnly(!editable);
}

void YuanjingSignInWidget::ensureSession()
{
    const QString target = m_baseUrl.toString() + QLatin1Char('|') + phone();
    if (m_session && m_sessionFor == target)
        return;
    if (m_session)
        m_session->deleteLater(); // this may run in one of its callbacks
    Account a;
    a.id = Account::newId();
    a.displayName = tr("元境 sign-in");
    a.platform = QStringLiteral("yuanjing");
    a.baseUrl = m_baseUrl;
    a.login = phone();
    m_session = new AccountSession(a, m_eventLog, this);
    m_provider = new yuanjing::YuanjingProvider(m_session, m_session);
    m_sessionFor = target;
    m_key.clear();
}

void YuanjingSignInWidget::sendCode()
{
    if (m_busy || m_secondsLeft > 0)
        return;
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        showStatus(tr("Enter 元境's address first."), true);
        return;
    }
    if (phone().isEmpty()) {
        showStatus(tr("Enter an 11-digit mainland China mobile number."), true);
        m_phone->setFocus();
        return;
    }
    ensureSession();
    resetChoice();
    m_signedIn = false;
    const QString number = phone();
    setBusy(true, tr("Sending a code to %1…").arg(number));
    const int generation = ++m_generation;
    m_provider->sendSmsCode(number, this, [this, generation, number](const Result<QString> &r) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r) {
            m_error = r.error().toDisplayString();
            showStatus(tr("No code was sent: %1").arg(m_error), true);
            Q_EMIT failed(m_error);
            return;
        }
        m_key = r.value();
        m_keyPhone = number;
        m_secondsLeft = m_resendSeconds;
        m_countdown->start();
        m_code->setEnabled(true);
        m_code->clear();
        m_code->setFocus();
        showStatus(tr("A code was sent to %1. It is valid for a few minutes.").arg(number), false);
        updateSendButton();
        Q_EMIT stepChanged();
    });
}

QString YuanjingSignInWidget::problem() const
{
    if (phone().isEmpty())
        return tr("Enter an 11-digit mainland China mobile number.");
    if (m_key.isEmpty() || m_keyPhone != phone())
        return tr("Ask for an SMS code first (“Send code”).");
    if (m_code->text().trimmed().isEmpty())
        return tr("Enter the code from the SMS.");
    if (isChoosing() && m_accounts->selectedItems().isEmpty())
        return tr("Choose one of the phone's accounts.");
    return {};
}

void YuanjingSignInWidget::signIn()
{
    if (m_busy)
        return;
    if (const QString why = problem(); !why.isEmpty()) {
        showStatus(why, true);
        Q_EMIT failed(why);
        return;
    }
    QString selected = m_preferredUserId;
    if (isChoosing())
        selected = m_accounts->selectedItems().constFirst()->data(Qt::UserRole).toString();
    setBusy(true, tr("Signing in…"));
    const int generation = ++m_generation;
    m_provider->signIn(phone(), m_key, m_code->text().trimmed(), selected, this,
                       [this, generation](const Result<yuanjing::LoginOutcome> &r) {
                           if (generation == m_generation)
                               onOutcome(r);
                       });
}

void YuanjingSignInWidget::onOutcome(const Result<yuanjing::LoginOutcome> &result)
{
    setBusy(false);
    if (!result) {
        m_error = result.error().toDisplayString();
        showStatus(tr("Sign-in failed: %1").arg(m_error), true);
        Q_EMIT failed(m_error);
        return;
    }
    const yuanjing::LoginOutcome &outcome = result.value();
    if (!outcome.signedIn) {
        m_candidates = outcome.candidates;
        m_key = outcome.key;
        m_accounts->clear();
        QListWidgetItem *preferred = nullptr;
        for (const yuanjing::User &u : std::as_const(m_candidates)) {
            const QString text = u.displayName() == u.username ? u.username : tr("%1 (%2)").arg(u.displayName(), u.username);
            auto *item = new QListWidgetItem(text, m_accounts);
            item->setData(Qt::UserRole, u.id);
            item->setToolTip(tr("User ID %1").arg(u.id));
            if (u.id == m_preferredUserId)
                preferred = item;
        }
        // Nothing chosen for the user unless it is the account signed in before.
        m_accounts->setCurrentItem(preferred);
        m_accounts->clearSelection();
        if (preferred)
            preferred->setSelected(true);
        m_chooseLabel->show();
        m_accounts->show();
        showStatus(tr("Choose an account, then sign in again with the same code."), false);
        Q_EMIT stepChanged();
        return;
    }
    m_user = outcome.user;
    m_secret = m_session->secret();
    m_signedIn = true;
    m_countdown->stop();
    m_secondsLeft = 0;
    updateSendButton();
    showStatus(tr("Signed in as %1.").arg(m_user.displayName()), false);
    Q_EMIT signedIn();
}

void YuanjingSignInWidget::resetChoice()
{
    m_candidates.clear();
    m_accounts->clear();
    m_accounts->hide();
    m_chooseLabel->hide();
}

void YuanjingSignInWidget::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_phone->setEnabled(!busy);
    m_code->setEnabled(!busy && !m_key.isEmpty());
    m_accounts->setEnabled(!busy);
    if (!message.isEmpty())
        showStatus(message, false);
    updateSendButton();
    Q_EMIT busyChanged(busy);
}

void YuanjingSignInWidget::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, StatusTones::color(StatusTones::Tone::Bad, palette()));
    m_status->setPalette(p);
    m_status->setProperty("error", error);
    m_status->setVisible(!message.isEmpty());
}

void YuanjingSignInWidget::tick()
{
    if (--m_secondsLeft <= 0) {
        m_secondsLeft = 0;
        m_countdown->stop();
    }
    updateSendButton();
}

void YuanjingSignInWidget::updateSendButton()
{
    if (m_secondsLeft > 0) {
        m_send->setText(tr("Resend in %n s", nullptr, m_secondsLeft));
        m_send->setEnabled(false);
        return;
    }
    m_send->setText(m_key.isEmpty() ? tr("&Send code") : tr("&Send a new code"));
    m_send->setEnabled(!m_busy && !phone().isEmpty() && m_baseUrl.isValid() && !m_baseUrl.host().isEmpty());
}

} // namespace suanli::gui
