#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace suanli::unis {
class Files;
struct SftpInfo;
}

namespace suanli::gui {

class SecretClipboard;

// How to reach a storage over SFTP (#29): address, port, user, and the password masked until
// asked for. Reads the details when opened.
class FileBrowserSftpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileBrowserSftpDialog)

public:
    FileBrowserSftpDialog(unis::Files *files, bool isPublic, QWidget *parent = nullptr);
    ~FileBrowserSftpDialog() override;

    QLineEdit *passwordField() const { return m_password; }
    QPushButton *revealButton() const { return m_reveal; }
    bool isLoaded() const { return m_loaded; }

private:
    void show(const unis::SftpInfo &info);

    QLabel *m_status;
    QLineEdit *m_protocol;
    QLineEdit *m_address;
    QLineEdit *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    SecretClipboard *m_clipboard;
    bool m_loaded = false;
};

} // namespace suanli::gui
