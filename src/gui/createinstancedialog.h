#pragma once

#include "platforms/chenyu/chenyutypes.h"

#include "core/result.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace suanli::chenyu {
class Client;
}

namespace suanli::gui {

namespace Ui {
class CreateInstanceDialog;
}

// Creates a 晨羽智云 instance: application (pod) and image tag, GPU model with its hourly price,
// auto-start. Creating costs money, so it asks once more with the price, and the request is
// sent exactly once.
class CreateInstanceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateInstanceDialog)

public:
    // Asked before the create goes out; returns whether to go on.
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    explicit CreateInstanceDialog(chenyu::Client *client, QWidget *parent = nullptr);
    ~CreateInstanceDialog() override;

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    bool isLoaded() const { return m_loaded; }
    // Filled once the platform created the instance (the dialog is then accepted).
    std::optional<chenyu::Instance> created() const { return m_created; }
    // The create went out but no clear answer came back: the instance may exist.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    chenyu::CreateInstanceParams params() const;
    // "¥1.98" for the selected GPU, empty when none is selected.
    QString priceText() const;

    void accept() override;

Q_SIGNALS:
    void catalogLoaded();
    // The create request went out and ended, well or not.
    void createFinished();

private:
    void load();
    void populate();
    void onPodChanged();
    void updatePrice();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    const chenyu::GpuModel *selectedGpu() const;
    const chenyu::Pod *selectedPod() const;

    std::unique_ptr<Ui::CreateInstanceDialog> m_ui;
    chenyu::Client *m_client;
    Confirmation m_confirm;
    QList<chenyu::Pod> m_pods;
    chenyu::GpuCatalog m_gpus;
    int m_pending = 0;
    QString m_loadError;
    bool m_loaded = false;
    bool m_sent = false;
    bool m_outcomeUnknown = false;
    std::optional<chenyu::Instance> m_created;
};

} // namespace suanli::gui
