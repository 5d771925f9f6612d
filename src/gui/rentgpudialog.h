#pragma once

#include "platforms/huixingyun/huixingyuntypes.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace suanli::huixingyun {
class HuixingyunProvider;
}

namespace suanli::gui {

namespace Ui {
class RentGpuDialog;
}

// Rents 慧星云 GPU instances: a GPU type from the product list (model, memory, CPU, zone, GPUs
// left), an image (public ones for the type, the account's own in its zone), how many instances
// with how many GPUs, extra data disk and billing. It costs money and the API gives no price, so
// it asks once more with a summary; the order is sent once, and what it created and what failed
// are listed.
class RentGpuDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RentGpuDialog)

public:
    // Asked before the order goes out; returns whether to go on.
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    explicit RentGpuDialog(huixingyun::HuixingyunProvider *provider, QWidget *parent = nullptr);
    ~RentGpuDialog() override;

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    bool isLoaded() const { return m_loaded; }
    bool imagesLoaded() const { return m_imagesLoaded; }
    bool selectProduct(const QString &gpuType);
    std::optional<huixingyun::GpuProduct> selectedProduct() const;
    std::optional<huixingyun::Image> selectedImage() const;
    huixingyun::BuyRequest request() const;
    QString summaryText() const;
    // The platform's answer, once it came.
    std::optional<huixingyun::OrderOutcome> outcome() const { return m_outcome; }
    bool isSent() const { return m_sent; }

    void accept() override;

Q_SIGNALS:
    void catalogLoaded();
    void imagesChanged();
    // The platform answered the order; `outcome` lists what it created.
    void ordered(const suanli::huixingyun::OrderOutcome &outcome);
    // The order went out and ended, well or not.
    void orderFinished();

private:
    void loadProducts();
    void loadImages();
    void onProductChanged();
    void updateSummary();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    void showOutcome(const huixingyun::OrderOutcome &outcome);

    std::unique_ptr<Ui::RentGpuDialog> m_ui;
    huixingyun::HuixingyunProvider *m_provider;
    Confirmation m_confirm;
    QList<huixingyun::GpuProduct> m_products;
    QList<huixingyun::Image> m_images;
    int m_imageGeneration = 0;
    bool m_loaded = false;
    bool m_imagesLoaded = false;
    bool m_sent = false;
    std::optional<huixingyun::OrderOutcome> m_outcome;
};

} // namespace suanli::gui
