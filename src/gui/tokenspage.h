#pragma once

#include "platforms/huixingyun/huixingyuntypes.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace suanli::huixingyun {
class HuixingyunProvider;
}

namespace suanli::gui {

class AccountManager;
class SecretClipboard;

// The account's 慧星云 API tokens: listed with their values masked until revealed row by row,
// copied, created and deleted. Each call needs the username and password: the password comes
// from the secret store when the user chose to remember it, else it is asked for once and kept
// for the session. The token the account itself uses cannot be deleted from here.
class TokensPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokensPage)

public:
    TokensPage(huixingyun::HuixingyunProvider *provider, AccountManager *accounts, QWidget *parent = nullptr);
    ~TokensPage() override;

    bool hasLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    QList<huixingyun::ApiToken> tokens() const { return m_tokens; }
    QTreeWidget *list() const { return m_list; }
    QWidget *passwordPrompt() const { return m_prompt; }
    QString errorText() const { return m_errorText; }
    bool isRevealed(const QString &token) const { return m_revealed.contains(token); }
    void setRevealed(const QString &token, bool revealed);
    // What the cell shows for a token now.
    QString shownValue(const QString &token) const;
    // Why these tokens cannot be deleted from here (the account's own); empty when they can.
    QString refusalFor(const QStringList &tokens) const;
    void setClipboard(SecretClipboard *clipboard) { m_clipboard = clipboard; }

    // Re-reads the list; `interactive`: ask for the password when none is known.
    void reload(bool interactive = true);
    // Creates a token with this name (asks for one when empty).
    void createToken(const QString &name = {});
    // Deletes the selected tokens after asking; refuses the account's own.
    void deleteSelected();
    void copySelected();

Q_SIGNALS:
    void loaded();
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Runs `then` with the password, asking for it when needed (and allowed).
    void withPassword(bool interactive, std::function<void(const QString &password)> then);
    bool askPassword(const QString &why);
    void rebuild();
    void showPrompt(const QString &text);
    void onAuthFailure(const QString &message);
    QStringList selectedTokens() const;
    QString accountId() const;

    huixingyun::HuixingyunProvider *m_provider;
    AccountManager *m_accounts;
    SecretClipboard *m_clipboard;
    QLabel *m_title;
    QWidget *m_prompt;
    QLabel *m_promptText;
    QPushButton *m_promptButton;
    QTreeWidget *m_list;
    QPushButton *m_refresh;
    QPushButton *m_create;
    QPushButton *m_copy;
    QPushButton *m_delete;
    QList<huixingyun::ApiToken> m_tokens;
    QSet<QString> m_revealed;
    QString m_password; // for this session, when not in the store
    QString m_errorText;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_shownOnce = false;
};

} // namespace suanli::gui
