#pragma once

#include "platforms/unis/unistypes.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace suanli {
class AppSettings;
}

namespace suanli::unis {
class UnisProvider;
}

namespace suanli::gui {

class HeaderStateKeeper;

// For tenant and system administrators: the preset-spec catalogue of the deployment, the GPU
// models its nodes have with the MIG profiles each can be cut into (what specs are defined
// from), and the specs users pick from when they create dev environments and jobs.
class UnisSpecsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisSpecsPage)

public:
    UnisSpecsPage(unis::UnisProvider *provider, AppSettings *settings, QWidget *parent = nullptr);
    ~UnisSpecsPage() override;

    void reload();
    bool hasLoaded() const { return m_loaded; }
    QTreeWidget *modelList() const { return m_models; }
    QTreeWidget *specList() const { return m_specs; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadMig(QTreeWidgetItem *item);

    unis::UnisProvider *m_provider;
    QLabel *m_note;
    QTreeWidget *m_models;
    QTreeWidget *m_specs;
    HeaderStateKeeper *m_specHeader;
    int m_pending = 0;
    bool m_loaded = false;
    bool m_requested = false;
};

} // namespace suanli::gui
