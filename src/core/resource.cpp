#include "resource.h"

namespace suanli {

QString ResourceNames::kindKey(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Instance: return QStringLiteral("instance");
    case ResourceKind::DevEnv: return QStringLiteral("dev-env");
    case ResourceKind::Training: return QStringLiteral("training");
    case ResourceKind::FineTune: return QStringLiteral("fine-tune");
    case ResourceKind::ComputeTask: return QStringLiteral("compute-task");
    case ResourceKind::Inference: return QStringLiteral("inference");
    case ResourceKind::OnlineService: return QStringLiteral("online-service");
    case ResourceKind::Evaluation: return QStringLiteral("evaluation");
    case ResourceKind::VideoTask: return QStringLiteral("video-task");
    }
    return {};
}

std::optional<ResourceKind> ResourceNames::kindFromKey(QStringView key)
{
    for (int i = int(ResourceKind::Instance); i <= int(ResourceKind::VideoTask); ++i) {
        if (kindKey(ResourceKind(i)) == key)
            return ResourceKind(i);
    }
    return std::nullopt;
}

QString ResourceNames::kindLabel(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Instance: return tr("Instance");
    case ResourceKind::DevEnv: return tr("Dev environment");
    case ResourceKind::Training: return tr("Training");
    case ResourceKind::FineTune: return tr("Fine-tune");
    case ResourceKind::ComputeTask: return tr("Compute task");
    case ResourceKind::Inference: return tr("Inference");
    case ResourceKind::OnlineService: return tr("Online service");
    case ResourceKind::Evaluation: return tr("Evaluation");
    case ResourceKind::VideoTask: return tr("Video task");
    }
    return {};
}

QString ResourceNames::statusKey(ResourceStatus status)
{
    switch (status) {
    case ResourceStatus::Pending: return QStringLiteral("pending");
    case ResourceStatus::Creating: return QStringLiteral("creating");
    case ResourceStatus::Starting: return QStringLiteral("starting");
    case ResourceStatus::Running: return QStringLiteral("running");
    case ResourceStatus::Stopping: return QStringLiteral("stopping");
    case ResourceStatus::Stopped: return QStringLiteral("stopped");
    case ResourceStatus::Succeeded: return QStringLiteral("succeeded");
    case ResourceStatus::Failed: return QStringLiteral("failed");
    case ResourceStatus::Destroyed: return QStringLiteral("destroyed");
    case ResourceStatus::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

std::optional<ResourceStatus> ResourceNames::statusFromKey(QStringView key)
{
    for (ResourceStatus s : allStatuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString ResourceNames::statusLabel(ResourceStatus status)
{
    switch (status) {
    case ResourceStatus::Pending: return tr("Pending");
    case ResourceStatus::Creating: return tr("Creating");
    case ResourceStatus::Starting: return tr("Starting");
    case ResourceStatus::Running: return tr("Running");
    case ResourceStatus::Stopping: return tr("Stopping");
    case ResourceStatus::Stopped: return tr("Stopped");
    case ResourceStatus::Succeeded: return tr("Succeeded");
    case ResourceStatus::Failed: return tr("Failed");
    case ResourceStatus::Destroyed: return tr("Destroyed");
    case ResourceStatus::Unknown: return tr("Unknown");
    }
    return {};
}

QList<ResourceStatus> ResourceNames::allStatuses()
{
    return {ResourceStatus::Pending, ResourceStatus::Creating, ResourceStatus::Starting,
            ResourceStatus::Running, ResourceStatus::Stopping, ResourceStatus::Stopped,
            ResourceStatus::Succeeded, ResourceStatus::Failed, ResourceStatus::Destroyed,
            ResourceStatus::Unknown};
}

bool ResourceNames::isTransitional(ResourceStatus status)
{
    return status == ResourceStatus::Pending || status == ResourceStatus::Creating
        || status == ResourceStatus::Starting || status == ResourceStatus::Stopping;
}

} // namespace suanli
