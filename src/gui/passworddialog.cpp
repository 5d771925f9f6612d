#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace suanli::gui {

PasswordDialog::PasswordDialog(const QString &accountName, const QString &username, const QString &purpose, QWidget *parent)
    : QDialog(parent)
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password for token management"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("PasswordDialog"));
    setWindowTitle(tr("Password for “%1”").arg(accountName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(purpose, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setText(username);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    // A username already known is shown, but not asked for again.
    m_username->setReadOnly(!username.isEmpty());
    layout->addLayout(form);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setToolTip(tr("Without this, the password is kept until Suanli Console quits."));
    layout->addWidget(m_remember);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (username.isEmpty() ? m_username : m_password)->setFocus();
    setMinimumWidth(420);
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::username() const
{
    return m_username->text().trimmed();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

void PasswordDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void PasswordDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void PasswordDialog::setUsername(const QString &username)
{
    m_username->setText(username);
}

void PasswordDialog::accept()
{
    if (username().isEmpty() || password().isEmpty()) {
        m_error->setText(username().isEmpty() ? tr("Enter the username.") : tr("Enter the password."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace suanli::gui
