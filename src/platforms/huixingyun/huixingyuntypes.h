#pragma once

#include "core/resource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace suanli::huixingyun {

// The `pay_unit` codes of the document: not in time order.
enum class PayUnit : int { Hourly = 4, Daily = 1, Monthly = 2 };

struct ApiToken
{
    QString name;
    QString scope;
    QString status;
    QString token; // a secret: masked in the UI until revealed, never logged
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct GpuProduct
{
    QString name;      // "NVIDIA 4090"
    QString gpuType;   // "geforce_rtx_4090_16u100m_106"
    int diskCapGb = 0; // most a data disk can grow to
    int memoryGb = 0;
    int cpu = 0;
    QString roomName;  // "106"
    int gpuRemain = 0; // most GPUs one order can take now
    int systemDiskGb = 0;
    int dataDiskGb = 0;
    int gpuRamGb = 0;
};

struct AppProduct
{
    QString appType; // "sd-webui"
    QString title;
    int memoryGb = 0;
    int cpu = 0;
    int systemDiskGb = 0;
    int dataDiskGb = 0;
};

struct Image
{
    QString name;
    QString imageId;
    QString scene;
    QString os;          // rebuild keeps the OS family
    QString description;
    QString roomName;
    bool mine = false;   // from /gpu/images/mine
};

struct Instance
{
    QString gid;
    QString name;
    Image image;
    QString gpuType;
    QString gpuModel;
    int gpuCount = 0;
    int gpuRamGb = 0;
    int memoryGb = 0;
    int cpu = 0;
    int diskFreeGb = 0;
    QString ip;
    int port = 0;
    QString username;
    QString password; // a secret
    QString payMethod; // "Month", "Day", "Hour"
    QString status;    // the platform's word: "Running", "Stopped", ...
    QDateTime createdAt;
    QDateTime expiresAt;
    QString roomName;
    QString orderUid;
    QJsonObject raw;   // with the password removed
};

struct BuyRequest
{
    QString imageId;
    int count = 1;        // instances (num)
    QString gpuType;
    int gpusPerInstance = 1;
    int extraDiskGb = 0;  // steps of 100
    PayUnit payUnit = PayUnit::Hourly;
    QString roomName;
};

struct BuyAppRequest
{
    QString appType;
    int count = 1;
    PayUnit payUnit = PayUnit::Hourly;
};

// The answer to an order: which succeeded (order ids) and what failed, as the platform said it.
struct OrderOutcome
{
    int succeeded = 0;
    int failed = 0;
    QStringList orderUids;
    QStringList failures; // each failure rendered as text (its shape is undocumented)
};

} // namespace suanli::huixingyun
