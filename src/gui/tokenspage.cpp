#include "tokenspage.h"

#include "accountmanager.h"
#include "confirmationbox.h"
#include "passworddialog.h"
#include "resourcetablemodel.h"
#include "secretclipboard.h"

#include "core/accountsession.h"
#include "platforms/huixingyun/huixingyunprovider.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

enum Column { Name, Value, Reveal, Status, Scope, Created, Updated, ColumnCount };

const QString kPasswordName = QStringLiteral("password");

} // namespace

TokensPage::TokensPage(huixingyun::HuixingyunProvider *provider, AccountManager *accounts, QWidget *parent)
    : QWidget(parent)
    , m_provider(provider)
    , m_accounts(accounts)
    , m_clipboard(new SecretClipboard(QGuiApplication::clipboard(), this))
    , m_title(new QLabel(this))
    , m_prompt(new QWidget(this))
    , m_promptText(new QLabel(m_prompt))
    , m_promptButton(new QPushButton(tr("Enter &password…"), m_prompt))
    , m_list(new QTreeWidget(this))
    , m_refresh(new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"), this))
    , m_create(new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&New token…"), this))
    , m_copy(new QPushButton(tr("&Copy token"), this))
    , m_delete(new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("tokensPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_create);
    bar->addWidget(m_copy);
    bar->addWidget(m_delete);
    layout->addLayout(bar);
    auto *promptLayout = new QHBoxLayout(m_prompt);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    promptLayout->addWidget(m_promptText, 1);
    promptLayout->addWidget(m_promptButton);
    layout->addWidget(m_prompt);
    layout->addWidget(m_list, 1);

    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt->setObjectName(QStringLiteral("passwordPrompt"));
    m_promptText->setWordWrap(true);
    m_promptButton->setObjectName(QStringLiteral("enterPassword"));
    m_prompt->hide();
    connect(m_promptButton, &QPushButton::clicked, this, [this] { reload(true); });

    m_list->setObjectName(QStringLiteral("tokenList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("Token"), QString(), tr("Status"), tr("Scope"), tr("Created"), tr("Updated")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Value, QHeaderView::Stretch);
    m_list->setFont(font());

    m_refresh->setObjectName(QStringLiteral("reloadTokens"));
    m_create->setObjectName(QStringLiteral("createToken"));
    m_copy->setObjectName(QStringLiteral("copyToken"));
    m_delete->setObjectName(QStringLiteral("deleteToken"));
    m_copy->setToolTip(tr("Copy the selected token; the clipboard is cleared after 30 seconds"));
    m_delete->setToolTip(tr("Delete the selected tokens (Del)"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_refresh, &QPushButton::clicked, this, [this] { reload(true); });
    connect(m_create, &QPushButton::clicked, this, [this] { createToken(); });
    connect(m_copy, &QPushButton::clicked, this, &TokensPage::copySelected);
    connect(m_delete, &QPushButton::clicked, this, &TokensPage::deleteSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const qsizetype n = selectedTokens().size();
        m_copy->setEnabled(n == 1);
        m_delete->setEnabled(n > 0);
    });
    m_copy->setEnabled(false);
    m_delete->setEnabled(false);

    const Account &account = m_provider->session()->account();
    m_title->setText(account.login.isEmpty() ? tr("API tokens of this 慧星云 account")
                                             : tr("API tokens of %1 on 慧星云").arg(account.login));
}

TokensPage::~TokensPage() = default;

QString TokensPage::accountId() const
{
    return m_provider->session()->account().id;
}

void TokensPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first look uses a remembered password only: a dialog popping up on a tab switch
    // would surprise.
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload(false);
    }
}

void TokensPage::withPassword(bool interactive, std::function<void(const QString &password)> then)
{
    if (!m_password.isEmpty()) {
        then(m_password);
        return;
    }
    auto ask = [this, interactive, then] {
        if (!interactive) {
            showPrompt(tr("Listing the API tokens needs the account's password."));
            return;
        }
        if (askPassword(tr("慧星云 lists, creates and deletes API tokens only with the account's username and password.")))
            then(m_password);
        else
            showPrompt(tr("Listing the API tokens needs the account's password."));
    };
    if (!m_accounts) {
        ask();
        return;
    }
    m_accounts->extraSecret(accountId(), kPasswordName, this, [this, ask, then](const QString &password) {
        if (password.isEmpty()) {
            ask();
            return;
        }
        m_password = password;
        then(password);
    });
}

bool TokensPage::askPassword(const QString &why)
{
    const Account &account = m_provider->session()->account();
    PasswordDialog dialog(account.displayName, account.login, why, this);
    if (m_accounts)
        dialog.setRemember(m_accounts->isExtraSecretRemembered(account.id, kPasswordName));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.username() != account.login) {
        if (m_accounts) {
            const QString error = m_accounts->setLogin(account.id, dialog.username());
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("API tokens"), error);
                return false;
            }
        } else {
            Account changed = account;
            changed.login = dialog.username();
            m_provider->session()->setAccount(changed);
        }
        m_title->setText(tr("API tokens of %1 on 慧星云").arg(dialog.username()));
    }
    m_password = dialog.password();
    if (m_accounts)
        m_accounts->setExtraSecret(account.id, kPasswordName, m_password, dialog.remember());
    return true;
}

void TokensPage::showPrompt(const QString &text)
{
    m_promptText->setText(text);
    m_prompt->show();
}

void TokensPage::onAuthFailure(const QString &message)
{
    // A wrong password must not be tried again on its own.
    m_password.clear();
    if (m_accounts)
        m_accounts->forgetExtraSecret(accountId(), kPasswordName);
    showPrompt(tr("慧星云 did not accept the username and password: %1").arg(message));
}

void TokensPage::reload(bool interactive)
{
    if (m_loading)
        return;
    withPassword(interactive, [this](const QString &password) {
        m_loading = true;
        m_errorText.clear();
        m_prompt->hide();
        m_provider->listTokens(password, this, [this](const Result<QList<huixingyun::ApiToken>> &r) {
            m_loading = false;
            if (!r.ok()) {
                m_errorText = r.error().toDisplayString();
                if (r.error().kind == ApiError::Kind::Auth)
                    onAuthFailure(m_errorText);
                else
                    showPrompt(tr("The tokens could not be listed: %1").arg(m_errorText));
                Q_EMIT loaded();
                return;
            }
            m_tokens = r.value();
            m_loaded = true;
            rebuild();
            Q_EMIT loaded();
        });
    });
}

QString TokensPage::shownValue(const QString &token) const
{
    if (m_revealed.contains(token))
        return token;
    // The last characters tell tokens apart without giving them away.
    return QString(12, QChar(0x2022)) + token.right(4);
}

void TokensPage::setRevealed(const QString &token, bool revealed)
{
    if (revealed)
        m_revealed.insert(token);
    else
        m_revealed.remove(token);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(Value, Qt::UserRole).toString() != token)
            continue;
        item->setText(Value, shownValue(token));
        if (auto *button = qobject_cast<QToolButton *>(m_list->itemWidget(item, Reveal))) {
            const QSignalBlocker block(button);
            button->setChecked(revealed);
            button->setText(revealed ? tr("Hide") : tr("Show"));
        }
    }
}

void TokensPage::rebuild()
{
    const QStringList selected = selectedTokens();
    m_list->clear();
    const QString own = m_provider->session()->secret();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const huixingyun::ApiToken &t : std::as_const(m_tokens)) {
        auto *item = new QTreeWidgetItem(m_list);
        const bool isOwn = t.token == own;
        item->setText(Name, isOwn ? tr("%1 (used by this account)").arg(t.name) : t.name);
        if (isOwn) {
            QFont bold = item->font(Name);
            bold.setBold(true);
            item->setFont(Name, bold);
            item->setToolTip(Name, tr("Suanli Console signs in to this account with this token."));
        }
        item->setData(Value, Qt::UserRole, t.token);
        item->setText(Value, shownValue(t.token));
        item->setFont(Value, mono);
        item->setText(Status, t.status);
        item->setText(Scope, t.scope);
        item->setText(Created, ResourceTableModel::timeDisplay(t.createdAt));
        item->setText(Updated, ResourceTableModel::timeDisplay(t.updatedAt));
        auto *reveal = new QToolButton(m_list);
        reveal->setObjectName(QStringLiteral("revealToken"));
        reveal->setCheckable(true);
        reveal->setAutoRaise(true);
        reveal->setChecked(m_revealed.contains(t.token));
        reveal->setText(reveal->isChecked() ? tr("Hide") : tr("Show"));
        reveal->setToolTip(tr("Show or hide this token"));
        const QString value = t.token;
        connect(reveal, &QToolButton::toggled, this, [this, value](bool on) { setRevealed(value, on); });
        m_list->setItemWidget(item, Reveal, reveal);
        item->setSelected(selected.contains(t.token));
    }
    for (int c : {Name, Reveal, Status, Scope, Created, Updated})
        m_list->resizeColumnToContents(c);
    if (m_tokens.isEmpty())
        showPrompt(tr("This account has no API token."));
}

QStringList TokensPage::selectedTokens() const
{
    QStringList out;
    const auto items = m_list->selectedItems();
    for (const QTreeWidgetItem *item : items)
        out.append(item->data(Value, Qt::UserRole).toString());
    return out;
}

QString TokensPage::refusalFor(const QStringList &tokens) const
{
    const QString own = m_provider->session()->secret();
    if (own.isEmpty() || !tokens.contains(own))
        return {};
    return tr("One of them is the token Suanli Console signs in to this account with. Deleting it would lock this "
              "account out until a new token is entered. Sign the account in with another token first (Accounts › "
              "Enter secret again), then delete this one.");
}

void TokensPage::deleteSelected()
{
    const QStringList tokens = selectedTokens();
    if (tokens.isEmpty())
        return;
    const QString refusal = refusalFor(tokens);
    if (!refusal.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Delete API token"), tr("This token cannot be deleted from here."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("refuseDelete"));
        box.setInformativeText(refusal);
        box.exec();
        return;
    }
    QStringList names;
    for (const huixingyun::ApiToken &t : std::as_const(m_tokens)) {
        if (tokens.contains(t.token))
            names.append(QStringLiteral("• ") + t.name + QStringLiteral(" (…") + t.token.right(4) + QLatin1Char(')'));
    }
    if (!ConfirmationBox::ask(this, tr("Delete API token"), tr("Delete %n API token(s)?", nullptr, int(tokens.size())),
                              names.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                                  + tr("Programs that use them can no longer reach 慧星云. This cannot be undone."),
                              tr("Delete")))
        return;
    withPassword(true, [this, tokens](const QString &password) {
        m_provider->deleteTokens(password, tokens, this, [this, tokens](const Result<Done> &r) {
            if (!r.ok()) {
                if (r.error().kind == ApiError::Kind::Auth)
                    onAuthFailure(r.error().toDisplayString());
                else
                    QMessageBox::warning(this, tr("Delete API token"),
                                         tr("The tokens were not deleted: %1").arg(r.error().toDisplayString()));
                reload(false);
                return;
            }
            for (const QString &t : tokens)
                m_revealed.remove(t);
            Q_EMIT statusMessage(tr("%n API token(s) deleted.", nullptr, int(tokens.size())));
            reload(false);
        });
    });
}

void TokensPage::createToken(const QString &name)
{
    QString chosen = name.trimmed();
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("New API token"), tr("Name of the new token (what uses it):"),
                                       QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok || chosen.isEmpty())
            return;
    }
    withPassword(true, [this, chosen](const QString &password) {
        m_provider->generateToken(password, chosen, this, [this, chosen](const Result<huixingyun::ApiToken> &r) {
            if (!r.ok()) {
                if (r.error().kind == ApiError::Kind::Auth)
                    onAuthFailure(r.error().toDisplayString());
                else
                    QMessageBox::warning(this, tr("New API token"),
                                         tr("No token was created: %1").arg(r.error().toDisplayString()));
                return;
            }
            // The new value is shown at once: it is what the user came for.
            m_revealed.insert(r.value().token);
            Q_EMIT statusMessage(tr("API token “%1” created.").arg(chosen));
            reload(false);
        });
    });
}

void TokensPage::copySelected()
{
    const QStringList tokens = selectedTokens();
    if (tokens.size() != 1)
        return;
    m_clipboard->copy(tokens.first());
    Q_EMIT statusMessage(tr("Token copied; the clipboard is cleared in %n second(s) if it still holds it.", nullptr,
                            m_clipboard->clearAfterMs() / 1000));
}

} // namespace suanli::gui
