#include "gui/filebrowsersftpdialog.h"

#include "gui/secretclipboard.h"
#include "platforms/unis/unisfiles.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

QLineEdit *readOnlyField(QWidget *parent, const QString &name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setReadOnly(true);
    return field;
}

} // namespace

FileBrowserSftpDialog::FileBrowserSftpDialog(unis::Files *files, bool isPublic, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_protocol(readOnlyField(this, QStringLiteral("sftpProtocol")))
    , m_address(readOnlyField(this, QStringLiteral("sftpAddress")))
    , m_port(readOnlyField(this, QStringLiteral("sftpPort")))
    , m_user(readOnlyField(this, QStringLiteral("sftpUser")))
    , m_password(readOnlyField(this, QStringLiteral("sftpPassword")))
    , m_reveal(new QPushButton(tr("Show"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_clipboard(new SecretClipboard(QApplication::clipboard(), this))
{
    setObjectName(QStringLiteral("sftpDialog"));
    setWindowTitle(isPublic ? tr("SFTP access to the public storage") : tr("SFTP access to the private storage"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reveal->setObjectName(QStringLiteral("sftpReveal"));
    m_reveal->setCheckable(true);
    m_copy->setObjectName(QStringLiteral("sftpCopy"));
    m_copy->setToolTip(tr("Copies the password; the clipboard is cleared after %n second(s).", nullptr,
                          m_clipboard->clearAfterMs() / 1000));
    m_reveal->setEnabled(false);
    m_copy->setEnabled(false);
    connect(m_reveal, &QPushButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { m_clipboard->copy(m_password->text()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Protocol:"), m_protocol);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("User:"), m_user);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_reveal);
    passwordRow->addWidget(m_copy);
    form->addRow(tr("Password:"), passwordRow);

    auto *note = new QLabel(tr("The platform gives its internal address: it may be reachable only from inside its "
                               "network or over your VPN."),
                            this);
    note->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("sftpStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Asking the platform…"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());

    files->sftpInfo(isPublic, this, [this](const Result<unis::SftpInfo> &info) {
        if (!info) {
            m_status->setText(tr("The SFTP details could not be read: %1").arg(info.error().toDisplayString()));
            return;
        }
        show(info.value());
    });
}

FileBrowserSftpDialog::~FileBrowserSftpDialog() = default;

void FileBrowserSftpDialog::show(const unis::SftpInfo &info)
{
    m_protocol->setText(info.protocol);
    m_address->setText(info.address);
    m_port->setText(info.port);
    m_user->setText(info.username);
    m_password->setText(info.password);
    m_reveal->setEnabled(!info.password.isEmpty());
    m_copy->setEnabled(!info.password.isEmpty());
    m_status->setText(tr("Log in with any SFTP client, e.g. sftp -P %1 %2@%3").arg(info.port, info.username, info.address));
    m_loaded = true;
}

} // namespace suanli::gui
