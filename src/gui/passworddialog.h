#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace suanli::gui {

// Asks for an account's password where the platform wants it besides the token (慧星云's token
// management), with the username when the account has none yet, and whether to remember it.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    PasswordDialog(const QString &accountName, const QString &username, const QString &purpose, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString username() const;
    QString password() const;
    bool remember() const;
    void setPassword(const QString &password);
    void setRemember(bool remember);
    void setUsername(const QString &username);

    void accept() override;

private:
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
};

} // namespace suanli::gui
