#pragma once

#include "accountpanels.h"

#include "platforms/yuanjing/videogeneration.h"

#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;

namespace suanli::yuanjing {
class VideoGeneration;
class YuanjingProvider;
}

namespace suanli::gui {

class YuanjingBalancePage;
class YuanjingKeysPage;
class YuanjingOrdersPage;
class YuanjingRechargeDialog;
class YuanjingSignInDialog;
class YuanjingVideoDialog;

// 元境: the video tasks as the account's table (with copy and download of a finished video),
// "Generate video…" and "Recharge…", the Balance, Orders and API keys pages, the price and
// pricing-test dialogs, and the SMS sign-in when the session has ended. Generations belong to
// the panels: closing the video dialog does not stop following one, and the table follows.
class YuanjingPanels final : public AccountPanels
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingPanels)

public:
    using UrlOpener = std::function<bool(const QUrl &)>;
    using SaveFileChooser = std::function<QString(const QString &suggestedName)>;

    // nullptr when the context's provider is not 元境's.
    static YuanjingPanels *create(const Context &context);
    ~YuanjingPanels() override;

    void addPages(QTabWidget *pages) override;
    QList<QAction *> createActions() const override;
    QDialog *openDialog() const override;
    bool signInAgain() override;

    yuanjing::YuanjingProvider *provider() const { return m_provider; }
    QAction *videoAction() const { return m_videoAction; }
    QAction *rechargeAction() const { return m_rechargeAction; }
    QAction *copyLinkAction() const { return m_copyLink; }
    QAction *downloadAction() const { return m_download; }
    YuanjingBalancePage *balancePage() const { return m_balancePage; }
    YuanjingOrdersPage *ordersPage() const { return m_ordersPage; }
    YuanjingKeysPage *keysPage() const { return m_keysPage; }
    YuanjingVideoDialog *videoDialog() const;
    YuanjingRechargeDialog *rechargeDialog() const;
    YuanjingSignInDialog *signInDialog() const;
    QList<yuanjing::VideoGeneration *> runningGenerations() const;

    // How links open and where downloads go: the system's by default, replaceable for tests.
    void setUrlOpener(UrlOpener opener) { m_open = std::move(opener); }
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    void openVideoDialog();
    void openRechargeDialog();
    void openPriceDialog();
    void openPricingTestDialog();
    // The selected task's video.
    void copyVideoLink();
    void downloadVideo();
    void download(const QUrl &video, const QString &taskId);

private:
    YuanjingPanels(const Context &context, yuanjing::YuanjingProvider *provider);
    void followGeneration(yuanjing::VideoGeneration *generation);
    Availability videoAvailability() const;
    std::optional<Resource> selectedTask() const;

    yuanjing::YuanjingProvider *m_provider;
    QAction *m_videoAction;
    QAction *m_rechargeAction;
    QAction *m_copyLink;
    QAction *m_download;
    YuanjingBalancePage *m_balancePage = nullptr;
    YuanjingOrdersPage *m_ordersPage = nullptr;
    YuanjingKeysPage *m_keysPage = nullptr;
    QPointer<YuanjingVideoDialog> m_video;
    QPointer<YuanjingRechargeDialog> m_recharge;
    QPointer<YuanjingSignInDialog> m_signIn;
    QList<QPointer<yuanjing::VideoGeneration>> m_generations;
    UrlOpener m_open;
    SaveFileChooser m_chooseFile;
};

} // namespace suanli::gui
