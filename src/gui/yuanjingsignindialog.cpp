#include "yuanjingsignindialog.h"

#include "yuanjingsigninwidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace suanli::gui {

YuanjingSignInDialog::YuanjingSignInDialog(const Account &account, EventLog *eventLog, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_signIn(new YuanjingSignInWidget(eventLog, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("YuanjingSignInDialog"));
    setWindowTitle(tr("Sign in to 元境 again"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The 元境 session of “%1” has ended. Sign in again with a code sent by SMS to its phone.")
                                 .arg(account.displayName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_signIn);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_signIn->setBaseUrl(account.baseUrl);
    m_signIn->setPhone(account.login);
    m_signIn->setPhoneEditable(false);
    m_signIn->setPreferredUserId(account.options.value(QStringLiteral("userId")).toString());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &YuanjingSignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &YuanjingSignInWidget::busyChanged, this,
            [this](bool busy) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy); });
    connect(m_signIn, &YuanjingSignInWidget::signedIn, this, [this] { QDialog::accept(); });
    setMinimumWidth(480);
}

YuanjingSignInDialog::~YuanjingSignInDialog() = default;

QString YuanjingSignInDialog::secret() const
{
    return m_signIn->secret();
}

void YuanjingSignInDialog::accept()
{
    if (m_signIn->isSignedIn()) {
        QDialog::accept();
        return;
    }
    m_signIn->signIn(); // signedIn() closes the dialog
}

} // namespace suanli::gui
