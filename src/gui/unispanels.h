#pragma once

#include "accountpanels.h"
#include "instancespage.h"

#include "platforms/unis/unisprovider.h"

#include <QPointer>
#include <QSet>

class QAction;
class QMenu;

namespace suanli::unis {
class UnisProvider;
}

namespace suanli::gui {

class UnisAccountHeader;
class UnisDevEnvDialog;
class UnisPodsView;
class UnisSpecsPage;
class UnisTaskDialog;

// 紫光 UNIS 算力平台: the header row (who the account is, its quotas), the task table over every
// job kind with the kind filter, "New ▾" (dev environment, training job, fine-tune job, compute
// task; the new job is selected once the list shows it), the web IDE, the pods and their events
// in the detail pane, the dialogs behind clone, register model, resume and delete, and, for
// administrators only, the preset-spec catalogue.
//
// Where other features plug in:
//  - a page of the account (files): addAccountPage();
//  - an action on the selected job (logs, monitoring): addJobAction();
//  - an action on a pod of the job shown (its logs, its charts): podsView()->addPodAction().
class UnisPanels final : public AccountPanels
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisPanels)

public:
    // nullptr when the context's provider is not the UNIS platform's.
    static UnisPanels *create(const Context &context);
    ~UnisPanels() override;

    void addPages(QTabWidget *pages) override;
    QWidget *createHeaderRow(QWidget *parent) override;
    QList<QAction *> createActions() const override;
    QDialog *openDialog() const override;
    InstancesPage::Prepared prepareRequest(Action action, const QList<Resource> &resources, ActionRequest &request) override;

    unis::UnisProvider *provider() const { return m_provider; }
    UnisAccountHeader *header() const { return m_header; }
    UnisPodsView *podsView() const { return m_pods; }
    // The administrators' page while it is shown (nullptr for other users).
    UnisSpecsPage *specsPage() const;

    // ---- extension points ----
    // Adds a page to the account's tabs, after the jobs (and before the administrators' page).
    void addAccountPage(QWidget *page, const QString &title);
    // An action on the selected jobs, in the toolbar and the jobs' context menu, enabled by `check`.
    void addJobAction(QAction *action, InstancesPage::ResourceActionCheck check, bool inToolbar = true);

    QAction *newDevEnvAction() const { return m_newDevEnv; }
    QAction *newTrainingAction() const { return m_newTraining; }
    QAction *newFineTuneAction() const { return m_newFineTune; }
    QAction *newComputeTaskAction() const { return m_newCompute; }
    QAction *openWebIdeAction() const { return m_openWebIde; }
    UnisDevEnvDialog *devEnvDialog() const;
    UnisTaskDialog *taskDialog() const;
    void openDevEnvDialog();
    // Flavor as UnisTaskDialog::Flavor.
    void openTaskDialog(int flavor);
    // Opens the selected dev environment's web IDE in the browser; replaceable for tests.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    void openWebIde();

    // "dev environment", "fine-tune job", ... (translated).
    static QString jobNoun(ResourceKind kind);

private:
    UnisPanels(const Context &context, unis::UnisProvider *provider);
    // Selects the job a create call made once the list shows it.
    void follow(ResourceKind kind, const unis::UnisProvider::CreateOutcome &outcome, const QSet<QString> &before);
    QSet<QString> idsOfKind(ResourceKind kind) const;
    void updateAdminPages();
    bool confirmJobs(const QString &title, const QString &question, const QList<Resource> &resources, const QString &warning,
                     const QString &verb);

    unis::UnisProvider *m_provider;
    QAction *m_newAction;
    QMenu *m_newMenu;
    QAction *m_newDevEnv;
    QAction *m_newTraining;
    QAction *m_newFineTune;
    QAction *m_newCompute;
    QAction *m_openWebIde;
    UnisAccountHeader *m_header = nullptr;
    UnisPodsView *m_pods = nullptr;
    QTabWidget *m_pageTabs = nullptr;
    QPointer<UnisSpecsPage> m_specsPage;
    QPointer<UnisDevEnvDialog> m_devEnvDialog;
    QPointer<UnisTaskDialog> m_taskDialog;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace suanli::gui
