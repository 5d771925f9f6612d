#pragma once

#include "platforms/huixingyun/huixingyuntypes.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTreeWidget;

namespace suanli::huixingyun {
class HuixingyunProvider;
}

namespace suanli::gui {

// Buys 慧星云 one-click application instances (SD WebUI, ComfyUI…): the application, how many and
// the billing; the platform picks GPU, zone and image. Confirmed with a summary (the API gives
// no price), sent once, and the outcome listed.
class BuyApplicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuyApplicationDialog)

public:
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    explicit BuyApplicationDialog(huixingyun::HuixingyunProvider *provider, QWidget *parent = nullptr);
    ~BuyApplicationDialog() override;

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    bool isLoaded() const { return m_loaded; }
    bool selectApplication(const QString &appType);
    huixingyun::BuyAppRequest request() const;
    QString summaryText() const;
    std::optional<huixingyun::OrderOutcome> outcome() const { return m_outcome; }

    void accept() override;

Q_SIGNALS:
    void catalogLoaded();
    void ordered(const suanli::huixingyun::OrderOutcome &outcome);
    void orderFinished();

private:
    void load();
    void updateSummary();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    std::optional<huixingyun::AppProduct> selectedApp() const;

    huixingyun::HuixingyunProvider *m_provider;
    QTreeWidget *m_apps;
    QSpinBox *m_count;
    QComboBox *m_billing;
    QLabel *m_summary;
    QLabel *m_priceNote;
    QTreeWidget *m_result;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    Confirmation m_confirm;
    QList<huixingyun::AppProduct> m_products;
    bool m_loaded = false;
    bool m_sent = false;
    std::optional<huixingyun::OrderOutcome> m_outcome;
};

} // namespace suanli::gui
