#pragma once

#include "core/resource.h"
#include "platforms/unis/unisprovider.h"
#include "platforms/unis/unistypes.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace suanli {
class AppSettings;
}

namespace suanli::gui {

// Creates a UNIS training job, LLM fine-tune job or compute task with the fields the documents
// give: an algorithm and one of its strategies, whose detail brings the boot file, the image,
// the base model and the hyper-parameters (the parameter form is built from them, the folded
// ones behind a switch); a dataset and the output folder; a resource group with nodes, CPUs,
// memory and GPUs; and the command, which the platform's generator writes from the strategy and
// the parameters. It uses compute quota, so it asks once more, and is sent once; created()
// carries what the provider found of the new job.
class UnisTaskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisTaskDialog)

public:
    enum class Flavor { Training, FineTune, Compute };
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    UnisTaskDialog(unis::UnisProvider *provider, Flavor flavor, AppSettings *settings, QWidget *parent = nullptr);
    ~UnisTaskDialog() override;

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    Flavor flavor() const { return m_flavor; }
    // The kind of row the new job becomes in the task table.
    ResourceKind resourceKind() const;
    unis::ComputeKind computeKind() const;
    bool setComputeKind(unis::ComputeKind kind);

    bool isLoaded() const { return m_loaded; }
    bool isStrategyLoaded() const { return m_config.has_value(); }
    bool isCommandPending() const { return m_generating; }
    void setName(const QString &name);
    bool selectAlgorithm(const QString &name);
    QStringList strategies() const;
    bool selectStrategy(const QString &name);
    bool selectDataset(const QString &name);
    bool selectModel(const QString &name);
    bool selectGroup(const QString &name);
    void setResources(int nodes, int cpu, int memoryGb, int gpusPerNode);
    // The parameter form as edited, every parameter of the strategy.
    QList<unis::HyperParam> hyperParams() const;
    bool setHyperParam(const QString &name, const QString &value);
    int shownParamCount() const;
    void setShowFoldedParams(bool show);
    QString command() const;
    // Asks the platform's generator for the command (async; commandGenerated() follows).
    void generateCommand();

    unis::TaskRequest request() const;
    QString summaryText() const;
    QString errorText() const { return m_error; }
    bool isSent() const { return m_sent; }

    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    void loaded();
    void strategyLoaded();
    void commandGenerated();
    void created(const suanli::unis::UnisProvider::CreateOutcome &outcome);
    // The create request is about to go out (what is listed now is what existed before it).
    void sending();
    void createFinished();

private:
    void load();
    void onLoaded();
    void onAlgorithmChanged();
    void onStrategyChanged();
    void onConfigLoaded(const unis::AlgoConfigDetail &config);
    void onGroupChanged();
    void onKindChanged();
    void rebuildParamForm(const QList<unis::HyperParam> &params);
    void updateSummary();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    std::optional<QPair<const unis::Asset *, const unis::AssetVersion *>> chosen(const QComboBox *combo,
                                                                                   const QList<unis::Asset> &assets) const;
    static void fillAssets(QComboBox *combo, const QList<unis::Asset> &assets, const QString &noneText);
    static bool selectAsset(QComboBox *combo, const QList<unis::Asset> &assets, const QString &name);
    unis::ModelRef modelRef(const QComboBox *combo) const;
    QString flavorTitle() const;

    unis::UnisProvider *m_provider;
    Flavor m_flavor;
    AppSettings *m_settings;
    Confirmation m_confirm;
    QTabWidget *m_tabs;
    QFormLayout *m_jobForm = nullptr;
    QFormLayout *m_dataForm = nullptr;
    // job
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_kind;
    QCheckBox *m_incremental;
    QComboBox *m_framework;
    QComboBox *m_taskType;
    QCheckBox *m_autoRecovery;
    // algorithm
    QComboBox *m_algorithm;
    QComboBox *m_strategy;
    QLabel *m_strategyInfo;
    QWidget *m_paramsBox;
    QFormLayout *m_paramsForm;
    QCheckBox *m_showFolded;
    // data
    QComboBox *m_dataset;
    QComboBox *m_model;
    QComboBox *m_sftModel;
    QComboBox *m_rewardModel;
    QLineEdit *m_outputDir;
    // resources
    QComboBox *m_group;
    QSpinBox *m_nodes;
    QSpinBox *m_cpu;
    QSpinBox *m_memory;
    QSpinBox *m_gpus;
    QLabel *m_groupInfo;
    QCheckBox *m_rdma;
    // command
    QComboBox *m_image;
    QLineEdit *m_startupFile;
    QLineEdit *m_workingDir;
    QPlainTextEdit *m_command;
    QPushButton *m_generate;
    // bottom
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_copyError;
    QDialogButtonBox *m_buttons;

    QList<unis::Asset> m_algorithms;
    QList<unis::Asset> m_datasets;
    QList<unis::Asset> m_models;
    QList<unis::Asset> m_images;
    QList<unis::ResourceGroup> m_groups;
    QList<unis::AlgoConfig> m_configs;
    std::optional<unis::AlgoConfigDetail> m_config;
    struct ParamRow
    {
        unis::HyperParam param;
        QLineEdit *edit = nullptr;
    };
    QList<ParamRow> m_params;
    QStringList m_loadErrors;
    int m_pending = 0;
    int m_configGeneration = 0;
    int m_commandGeneration = 0;
    bool m_loaded = false;
    bool m_generating = false;
    bool m_commandEdited = false;
    bool m_sent = false;
    QString m_error;
};

} // namespace suanli::gui
