#include "addaccountdialog.h"

#include "ui_addaccountdialog.h"

#include "accountmanager.h"
#include "accountpanels.h"
#include "platformicons.h"
#include "yuanjingsigninwidget.h"

#include "core/accountsession.h"
#include "core/provider.h"
#include "core/secretstore.h"
#include "platforms/platformregistry.h"
#include "platforms/unis/unislogin.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLayout>
#include <QPushButton>
#include <QStyle>

namespace suanli::gui {

namespace {

// "晨羽智云 Chenyu" -> "晨羽智云": the short name used in a suggested account name.
QString shortName(const QString &displayName)
{
    return displayName.section(QLatin1Char(' '), 0, 0);
}

// The platform whose sign-in takes a login encryption key (see unis::Login).
bool takesLoginKey(const QString &platformKey)
{
    return platformKey == u"unis";
}

} // namespace

AddAccountDialog::AddAccountDialog(AccountManager *accounts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddAccountDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setObjectName(QStringLiteral("AddAccountDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Verify and add"));

    for (const PlatformInfo &p : PlatformRegistry::available())
        m_ui->platformCombo->addItem(PlatformIcons::icon(p.key), p.displayName, p.key);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_ui->statusIcon->setAlignment(Qt::AlignTop);
    m_ui->secretHelpLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->progressBar->hide();
    m_ui->statusIcon->hide();
    m_ui->statusLabel->hide();
    m_ui->copyErrorButton->hide();

    SecretStore *store = m_accounts->secretStore();
    m_ui->storageNoteLabel->setText(store && store->persistent()
                                        ? tr("The secret is kept in: %1. It is never written to the settings.").arg(store->description())
                                        : tr("The secret is kept for this session only."));
    m_ui->storageNoteLabel->setEnabled(false);

    connect(m_ui->platformCombo, &QComboBox::currentIndexChanged, this, &AddAccountDialog::onPlatformChanged);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_ui->showSecretCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->secretEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->passwordRadio, &QRadioButton::toggled, this, &AddAccountDialog::updateSignInMode);
    m_ui->rememberPasswordCheck->setToolTip(
        tr("Listing, creating and deleting API tokens needs the password. Without this, it is asked for when needed "
           "and kept until Suanli Console quits."));
    connect(m_ui->copyErrorButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_error);
    });
    m_ui->aesKeyEdit->setToolTip(tr("From platform version D11 on, the password is sent AES-encrypted with this "
                                    "deployment's key. Ask the platform's administrator for it."));
    m_ui->plainPasswordCheck->setToolTip(tr("Platforms before version D11 take the password as it is; no key is "
                                            "needed then."));
    m_ui->caCertEdit->setToolTip(tr("Trusted for this account only, besides the system's certificate authorities. "
                                    "Certificate checks are never switched off."));
    connect(m_ui->plainPasswordCheck, &QCheckBox::toggled, this, [this](bool plain) { m_ui->aesKeyEdit->setEnabled(!plain); });
    connect(m_ui->caCertBrowseButton, &QPushButton::clicked, this, &AddAccountDialog::chooseCaCertificate);
    // The SMS sign-in, for platforms that have one: right under the address it needs.
    m_sms = new YuanjingSignInWidget(m_accounts->eventLog(), this);
    int baseUrlRow = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    m_ui->form->getWidgetPosition(m_ui->baseUrlEdit, &baseUrlRow, &role);
    m_ui->form->insertRow(baseUrlRow + 1, m_sms);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_sms->setBaseUrl(QUrl::fromUserInput(text.trimmed())); });
    connect(m_sms, &YuanjingSignInWidget::signedIn, this, &AddAccountDialog::onSmsSignedIn);
    connect(m_sms, &YuanjingSignInWidget::failed, this, [this](const QString &message) {
        setBusy(false);
        showError(message);
    });
    // A choice of accounts to make: the next click signs in with it.
    connect(m_sms, &YuanjingSignInWidget::stepChanged, this, [this] {
        if (m_sms->isChoosing())
            m_verifying = false;
        // What was wrong before the step is no longer the point.
        m_ui->statusIcon->hide();
        m_ui->statusLabel->hide();
        m_ui->copyErrorButton->hide();
    });
    connect(m_sms, &YuanjingSignInWidget::busyChanged, this,
            [this](bool busy) { m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy); });
    onPlatformChanged();
    setMinimumWidth(520);
}

AddAccountDialog::~AddAccountDialog() = default;

QString AddAccountDialog::secret() const
{
    if (usesSmsSignIn())
        return m_sms->secret();
    return usesPasswordSignIn() ? m_createdToken : m_ui->secretEdit->text().trimmed();
}

bool AddAccountDialog::usesSmsSignIn() const
{
    const auto info = PlatformRegistry::find(m_ui->platformCombo->currentData().toString());
    return info && info->signsInBySms;
}

bool AddAccountDialog::usesPasswordSignIn() const
{
    return m_passwordSignIn && m_ui->passwordRadio->isChecked();
}

QString AddAccountDialog::password() const
{
    return usesPasswordSignIn() ? m_ui->passwordEdit->text() : QString();
}

bool AddAccountDialog::rememberPassword() const
{
    return usesPasswordSignIn() && m_ui->rememberPasswordCheck->isChecked();
}

void AddAccountDialog::chooseCaCertificate()
{
    const QString start = m_ui->caCertEdit->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), start.isEmpty() ? QString() : QFileInfo(start).path(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caCertEdit->setText(QDir::toNativeSeparators(file));
}

std::optional<QString> AddAccountDialog::collectOptions(const QString &platformKey, QVariantMap &options) const
{
    if (takesLoginKey(platformKey)) {
        if (m_ui->plainPasswordCheck->isChecked()) {
            options.insert(unis::Login::plainPasswordOption(), true);
        } else {
            const QString key = m_ui->aesKeyEdit->text().trimmed();
            if (key.isEmpty())
                return tr("Enter the login encryption key, or tick the box for platforms before version D11.");
            const qsizetype bytes = key.toUtf8().size();
            if (bytes != 16 && bytes != 24 && bytes != 32)
                return tr("The login encryption key has %n byte(s); it must have 16, 24 or 32.", nullptr, int(bytes));
            options.insert(unis::Login::keyOption(), key);
        }
    }
    const QString ca = m_ui->caCertEdit->text().trimmed();
    if (m_ui->form->isRowVisible(m_ui->caCertRow) && !ca.isEmpty()) {
        const QFileInfo file(QDir::fromNativeSeparators(ca));
        if (!file.isFile() || !file.isReadable())
            return tr("The CA certificate file %1 cannot be read.").arg(ca);
        options.insert(AccountSession::caCertificateOption(), file.absoluteFilePath());
    }
    return std::nullopt;
}

void AddAccountDialog::updateSignInMode()
{
    const auto info = PlatformRegistry::find(m_ui->platformCombo->currentData().toString());
    const bool sms = info && info->signsInBySms;
    const bool loginKey = info && takesLoginKey(info->key);
    m_ui->form->setRowVisible(m_ui->aesKeyEdit, loginKey);
    m_ui->form->setRowVisible(m_ui->plainPasswordCheck, loginKey);
    // A platform without one public address is deployed privately, often behind its own CA. The
    // SMS sign-in runs before there is an account to hold one, so it has no such row.
    m_ui->form->setRowVisible(m_ui->caCertRow, info && info->defaultBaseUrl.isEmpty() && !sms);
    m_ui->form->setRowVisible(m_sms, sms);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(sms ? tr("&Sign in and add") : tr("&Verify and add"));
    if (sms) {
        // The phone is the login and the session is the secret: nothing else to type.
        for (QWidget *row : {static_cast<QWidget *>(m_ui->methodRow), static_cast<QWidget *>(m_ui->loginEdit),
                             static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->rememberPasswordCheck),
                             static_cast<QWidget *>(m_ui->secretHelpLabel)})
            m_ui->form->setRowVisible(row, false);
        m_ui->form->setRowVisible(m_ui->secretRow, false);
        growToFit();
        return;
    }
    m_ui->form->setRowVisible(m_ui->secretHelpLabel, true);
    const bool password = usesPasswordSignIn();
    m_ui->form->setRowVisible(m_ui->methodRow, m_passwordSignIn);
    m_ui->form->setRowVisible(m_ui->loginEdit, m_passwordSignIn || (info && info->needsLogin));
    m_ui->form->setRowVisible(m_ui->secretRow, !password);
    m_ui->form->setRowVisible(m_ui->passwordEdit, password);
    m_ui->form->setRowVisible(m_ui->rememberPasswordCheck, password);
    if (!m_passwordSignIn) {
        m_ui->loginLabel->setText(tr("&Login:"));
        m_ui->loginEdit->setPlaceholderText(tr("User name or phone number"));
        // The key and the CA certificate have fields of their own here; the platform's help
        // speaks of them as command-line options.
        m_ui->secretHelpLabel->setText(loginKey ? tr("Your username and password on the platform. The password is kept in "
                                                     "the keychain, the sign-in token only in memory. The login encryption "
                                                     "key is the same for everyone on a deployment: ask its administrator.")
                                                : info ? info->secretHelp
                                                       : QString());
        growToFit();
        return;
    }
    m_ui->loginLabel->setText(tr("&Username:"));
    m_ui->loginEdit->setPlaceholderText(password ? tr("Your username on the platform")
                                                 : tr("Optional: needed to list, create and delete API tokens"));
    if (password)
        m_ui->secretHelpLabel->setText(
            tr("A token named “%1” is created for this computer and checked by listing your instances. The token is "
               "the account's secret; the password is kept only if you tick the box.")
                .arg(AccountPanels::signInTokenName()));
    else
        m_ui->secretHelpLabel->setText(tr("Paste an API token you already have; it is the account's secret. The username "
                                          "is needed only to list, create and delete tokens later."));
    growToFit();
}

void AddAccountDialog::growToFit()
{
    // Rows come and go with the platform, and wrapped help text needs the height of its lines.
    if (QLayout *l = layout()) {
        l->activate();
        const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

void AddAccountDialog::onPlatformChanged()
{
    const auto info = PlatformRegistry::find(m_ui->platformCombo->currentData().toString());
    if (!info)
        return;
    m_ui->baseUrlEdit->setText(info->defaultBaseUrl.toString());
    // Every private deployment has its own address: nothing to suggest, so say what it looks like.
    m_ui->baseUrlEdit->setPlaceholderText(!info->defaultBaseUrl.isEmpty() ? QStringLiteral("https://…")
                                          : info->signsInBySms               ? tr("https://… (required)")
                                                                             : tr("https://host:port of your deployment (required)"));
    m_ui->secretLabel->setText(tr("%1:").arg(info->secretLabel));
    m_ui->secretEdit->setPlaceholderText(info->secretLabel);
    m_passwordSignIn = static_cast<bool>(AccountPanels::passwordSignIn(info->key));
    updateSignInMode();
    if (!m_nameEdited || m_ui->nameEdit->text() == m_lastSuggestedName) {
        m_lastSuggestedName = m_accounts->uniqueName(shortName(info->displayName));
        m_ui->nameEdit->setText(m_lastSuggestedName);
        m_nameEdited = false;
    }
}

void AddAccountDialog::accept()
{
    if (m_verifying)
        return;
    startVerification();
}

void AddAccountDialog::reject()
{
    // A check still under way is abandoned: its answer is ignored, and the session goes with
    // the dialog.
    ++m_generation;
    m_verifying = false;
    QDialog::reject();
}

void AddAccountDialog::startVerification()
{
    const auto info = PlatformRegistry::find(m_ui->platformCombo->currentData().toString());
    if (!info) {
        showError(tr("Choose a platform."));
        return;
    }
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Enter a name for the account."));
        m_ui->nameEdit->setFocus();
        return;
    }
    if (m_accounts->nameTaken(name)) {
        showError(tr("An account named \"%1\" already exists.").arg(name));
        m_ui->nameEdit->setFocus();
        return;
    }
    const QString typedUrl = m_ui->baseUrlEdit->text().trimmed();
    const QUrl url = QUrl::fromUserInput(typedUrl);
    if (typedUrl.isEmpty() || !url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        if (!info->defaultBaseUrl.isEmpty())
            showError(tr("Enter the platform's address, e.g. %1.").arg(info->defaultBaseUrl.toString()));
        else if (info->signsInBySms)
            showError(tr("Enter the platform's address (https://…)."));
        else
            showError(tr("Enter the address of your %1 deployment, e.g. https://10.0.0.8:30443.").arg(info->displayName));
        m_ui->baseUrlEdit->setFocus();
        return;
    }
    if (info->signsInBySms) {
        // A code first, then the sign-in; the account is checked once that is done.
        m_account = Account{};
        m_account.id = Account::newId();
        m_account.displayName = name;
        m_account.platform = info->key;
        m_account.baseUrl = url;
        m_sms->setBaseUrl(url);
        if (m_sms->isSignedIn()) {
            onSmsSignedIn();
            return;
        }
        if (const QString why = m_sms->problem(); !why.isEmpty()) {
            showError(why);
            return;
        }
        m_verifying = true;
        m_ui->statusIcon->hide();
        m_ui->copyErrorButton->hide();
        m_sms->signIn();
        return;
    }
    const bool password = usesPasswordSignIn();
    if ((password || (info->needsLogin && !m_passwordSignIn)) && m_ui->loginEdit->text().trimmed().isEmpty()) {
        showError(password ? tr("Enter the username.") : tr("Enter the login."));
        m_ui->loginEdit->setFocus();
        return;
    }
    if (password && m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter the password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    if (!password && m_ui->secretEdit->text().trimmed().isEmpty()) {
        showError(tr("Enter the %1.").arg(info->secretLabel));
        m_ui->secretEdit->setFocus();
        return;
    }
    QVariantMap options;
    if (const auto problem = collectOptions(info->key, options)) {
        showError(*problem);
        return;
    }

    m_account = Account{};
    m_account.id = Account::newId();
    m_account.displayName = name;
    m_account.platform = info->key;
    m_account.baseUrl = url;
    m_account.login = info->needsLogin || m_passwordSignIn ? m_ui->loginEdit->text().trimmed() : QString();
    m_account.options = options;

    discardVerification();
    // Parented to the dialog: if it goes away mid-check, the session and its request go with it.
    m_session = new AccountSession(m_account, m_accounts->eventLog(), this);
    std::unique_ptr<Provider> provider = PlatformRegistry::createProvider(m_session);
    if (!provider) {
        showError(tr("This platform is not supported by this build."));
        discardVerification();
        return;
    }
    m_provider = provider.release();
    m_provider->setParent(m_session);
    if (const QString tls = m_session->tlsSetupError(); !tls.isEmpty()) {
        showError(tls);
        discardVerification();
        return;
    }

    const QString tokenFor = url.toString() + QLatin1Char('|') + m_account.login;
    if (!password || (!m_createdToken.isEmpty() && m_createdTokenFor == tokenFor)) {
        verifyToken();
        return;
    }
    // A new token for this computer first; it is then checked like a typed one.
    m_createdToken.clear();
    setBusy(true, tr("Creating an API token for this computer with %1…").arg(info->displayName));
    const int generation = ++m_generation;
    AccountPanels::passwordSignIn(info->key)(
        m_provider, m_ui->passwordEdit->text(), this, [this, generation, tokenFor](const Result<QString> &token) {
            if (generation != m_generation || !m_verifying)
                return;
            if (!token.ok()) {
                setBusy(false);
                showError(tr("No token could be created with this username and password: %1").arg(token.error().toDisplayString()));
                return;
            }
            m_createdToken = token.value();
            m_createdTokenFor = tokenFor;
            verifyToken();
        });
}

void AddAccountDialog::onSmsSignedIn()
{
    if (!isVisible())
        return; // the dialog was closed meanwhile
    const auto info = PlatformRegistry::find(m_account.platform);
    if (!info || !info->signsInBySms)
        return;
    // Which of the phone's accounts this is: signing in again picks it without asking.
    m_account.login = m_sms->phone();
    m_account.options.insert(QStringLiteral("userId"), m_sms->user().id);
    m_account.options.insert(QStringLiteral("user"), m_sms->user().displayName());
    if (m_account.displayName == m_lastSuggestedName && !m_nameEdited) {
        const QString better = m_accounts->uniqueName(shortName(info->displayName) + QStringLiteral(" · ") + m_sms->user().displayName());
        m_account.displayName = better;
        m_ui->nameEdit->setText(better);
    }
    discardVerification();
    // The cookies restored into a session of their own, as at the next start, must work.
    m_session = new AccountSession(m_account, m_accounts->eventLog(), this);
    std::unique_ptr<Provider> provider = PlatformRegistry::createProvider(m_session);
    m_provider = provider.release();
    m_provider->setParent(m_session);
    verifyToken();
}

void AddAccountDialog::verifyToken()
{
    const auto info = PlatformRegistry::find(m_account.platform);
    m_session->setSecret(secret());
    setBusy(true, tr("Checking the credentials with %1…").arg(info ? info->displayName : m_account.platform));
    const int generation = ++m_generation;
    m_provider->verify(this, [this, generation](const Result<Done> &r) {
        if (generation == m_generation && m_verifying)
            onVerified(r);
    });
}

void AddAccountDialog::onVerified(const Result<Done> &result)
{
    setBusy(false);
    if (!result.ok()) {
        showError(tr("The platform did not accept these credentials: %1").arg(result.error().toDisplayString()));
        return;
    }
    discardVerification();
    QDialog::accept();
}

void AddAccountDialog::setBusy(bool busy, const QString &message)
{
    m_verifying = busy;
    m_ui->progressBar->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->platformCombo), static_cast<QWidget *>(m_ui->nameEdit),
                       static_cast<QWidget *>(m_ui->baseUrlEdit), static_cast<QWidget *>(m_ui->loginEdit),
                       static_cast<QWidget *>(m_ui->secretEdit), static_cast<QWidget *>(m_ui->methodRow),
                       static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->rememberPasswordCheck),
                       static_cast<QWidget *>(m_ui->plainPasswordCheck), static_cast<QWidget *>(m_ui->caCertRow)})
        w->setEnabled(!busy);
    m_ui->aesKeyEdit->setEnabled(!busy && !m_ui->plainPasswordCheck->isChecked());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->statusIcon->hide();
    m_ui->copyErrorButton->hide();
    m_ui->statusLabel->setVisible(busy && !message.isEmpty());
    m_ui->statusLabel->setText(message);
}

void AddAccountDialog::showError(const QString &message)
{
    m_error = message;
    m_ui->statusIcon->show();
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->show();
    m_ui->copyErrorButton->show();
    growToFit();
}

void AddAccountDialog::discardVerification()
{
    // Deleted from the event loop: this may run inside the session's own callback.
    if (m_session)
        m_session->deleteLater();
    m_provider = nullptr;
    m_session = nullptr;
    m_verifying = false;
}

} // namespace suanli::gui
