#pragma once

#include "platforms/yuanjing/yuanjingtypes.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace suanli::yuanjing {
class YuanjingProvider;
}

namespace suanli::gui {

class SecretClipboard;

// The account's downstream API keys on 元境: the apps listed, a key applied for (app name and
// description), and one app's API key and secret key fetched on demand, masked until revealed,
// copied through the clipboard that forgets them again.
class YuanjingKeysPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingKeysPage)

public:
    YuanjingKeysPage(yuanjing::YuanjingProvider *provider, QWidget *parent = nullptr);
    ~YuanjingKeysPage() override;

    QTreeWidget *list() const { return m_list; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *copyKeyButton() const { return m_copyKey; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    bool hasLoaded() const { return m_loaded; }
    QList<yuanjing::ApiApp> apps() const { return m_apps; }
    bool isRevealed(const QString &appId) const { return m_revealed.contains(appId); }
    // What the key column shows for an app now.
    QString shownKey(const QString &appId) const;
    QString errorText() const { return m_error; }
    void setClipboard(SecretClipboard *clipboard) { m_clipboard = clipboard; }

    void reload();
    // Applies for a key; asks for the name and description when `name` is empty.
    void apply(const QString &name = {}, const QString &description = {});
    // Fetches the selected app's keys (if not yet) and shows or hides them.
    void toggleReveal();
    void copyKey(bool secret);

Q_SIGNALS:
    void loaded();
    void keysFetched(const QString &appId);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    QString selectedId() const;
    void withKey(const QString &appId, std::function<void(const yuanjing::ApiKey &)> then);
    void updateButtons();

    yuanjing::YuanjingProvider *m_provider;
    SecretClipboard *m_clipboard;
    QLabel *m_status;
    QTreeWidget *m_list;
    QPushButton *m_refresh;
    QPushButton *m_apply;
    QPushButton *m_reveal;
    QPushButton *m_copyKey;
    QPushButton *m_copySecret;
    QList<yuanjing::ApiApp> m_apps;
    QHash<QString, yuanjing::ApiKey> m_keys;
    QSet<QString> m_revealed;
    QString m_error;
    bool m_loaded = false;
    bool m_shownOnce = false;
};

} // namespace suanli::gui
