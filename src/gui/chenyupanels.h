#pragma once

#include "accountpanels.h"

#include <QPointer>

namespace suanli::chenyu {
class ChenyuProvider;
}

namespace suanli::gui {

class CreateInstanceDialog;

// 晨羽智云: the bills and recharges pages, and "Create instance…" with its priced dialog.
class ChenyuPanels final : public AccountPanels
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChenyuPanels)

public:
    // nullptr when the context's provider is not 晨羽智云's.
    static ChenyuPanels *create(const Context &context);
    ~ChenyuPanels() override;

    void addPages(QTabWidget *pages) override;
    QList<QAction *> createActions() const override;
    QDialog *openDialog() const override;

private:
    ChenyuPanels(const Context &context, chenyu::ChenyuProvider *provider);
    void openCreateDialog();

    chenyu::ChenyuProvider *m_provider;
    QAction *m_create;
    QPointer<CreateInstanceDialog> m_dialog;
};

} // namespace suanli::gui
