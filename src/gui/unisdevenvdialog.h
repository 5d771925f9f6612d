#pragma once

#include "platforms/unis/unisprovider.h"
#include "platforms/unis/unistypes.h"

#include <QDialog>
#include <QSet>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace suanli {
class AppSettings;
}

namespace suanli::gui {

// Creates a UNIS dev environment. With preset specs (the platform's usual mode): a GPU model
// (or CPU only), then one of the specs for it, whose resource group the platform names; without
// them: a resource group and CPU, memory and GPUs by hand. Then an image, SSH and shared memory
// (the create call takes no storage mounts). It uses compute quota, so it asks once more with a
// summary, and is sent once. The platform's answer names no id: created() carries what the
// provider found, and the caller selects the new row once the list shows it.
class UnisDevEnvDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisDevEnvDialog)

public:
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    UnisDevEnvDialog(unis::UnisProvider *provider, AppSettings *settings, QWidget *parent = nullptr);
    ~UnisDevEnvDialog() override;

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    bool isLoaded() const { return m_loaded; }
    bool usesPresetSpecs() const { return m_presetSpecs; }
    // GPU models offered, "" standing for CPU only.
    QStringList gpuModels() const;
    bool selectGpuModel(const QString &model);
    QList<unis::PresetSpec> shownSpecs() const;
    bool selectSpec(const QString &specId);
    std::optional<unis::PresetSpec> selectedSpec() const;
    // The resource group the chosen spec runs in, once the platform said.
    std::optional<unis::SpecPlacement> placement() const { return m_placement; }
    bool selectImage(const QString &name, const QString &version = {});
    void setName(const QString &name);
    unis::DevEnvRequest request() const;
    QString summaryText() const;
    QString errorText() const { return m_error; }
    bool isSent() const { return m_sent; }

    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    void loaded();
    void placementChanged();
    // The platform took the request; `outcome.found` names the new environment when the list
    // already shows it.
    void created(const suanli::unis::UnisProvider::CreateOutcome &outcome);
    // The create request is about to go out (what is listed now is what existed before it).
    void sending();
    // The request went out and ended, well or not.
    void createFinished();

private:
    void load();
    void onLoaded();
    void fillGpuModels();
    void onGpuModelChanged();
    void onSpecChanged();
    void updateSummary();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);

    unis::UnisProvider *m_provider;
    AppSettings *m_settings;
    Confirmation m_confirm;
    QLineEdit *m_name;
    QStackedWidget *m_resources;
    QComboBox *m_gpuModel;
    QComboBox *m_spec;
    QLabel *m_placementLabel;
    QComboBox *m_group;
    QSpinBox *m_cpu;
    QSpinBox *m_memory;
    QSpinBox *m_gpus;
    QComboBox *m_image;
    QCheckBox *m_ssh;
    QComboBox *m_sshAuth;
    QLineEdit *m_sshPassword;
    QLineEdit *m_keyPair;
    QCheckBox *m_sharedMemory;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_copyError;
    QDialogButtonBox *m_buttons;

    QStringList m_models;
    unis::SpecList m_specs;
    QList<unis::ResourceGroup> m_groups;
    QList<unis::Asset> m_images;
    std::optional<unis::SpecPlacement> m_placement;
    QStringList m_loadErrors;
    int m_pending = 0;
    int m_placementGeneration = 0;
    bool m_loaded = false;
    bool m_presetSpecs = true;
    bool m_sent = false;
    QString m_error;
};

} // namespace suanli::gui
