#pragma once

#include "core/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace suanli::chenyu {

// The instance status enum of the document (实例列表 `status`): the only one it defines.
enum class InstanceStatus : int {
    Created = 0,   // 已创建
    Starting = 1,  // 开机中
    Running = 2,   // 运行中
    Stopping = 3,  // 关机中
    Stopped = 4,   // 已关机
    Destroyed = 9, // 已销毁
};

struct ComputeCard
{
    QString uuid;
    QString title;
    QString cardNo;
    int validDays = 0;
    QDateTime bindTime;
    QDateTime expireDate;
    QString bindText;
    Money salePrice;
    Money facePrice;
    Money leaveAmount;
    QString remark;
    int status = 0;
    QString statusText;
};

struct AccountBalance
{
    Money balance; // cash only: the cards are not included
    QList<ComputeCard> cards;
    Money spendable() const; // cash plus what is left on the cards
};

struct RechargeRecord
{
    QDateTime createdAt;
    QDateTime payTime;
    QString outTradeNo;
    QString payChannel;
    Money amount;
};

struct BillRecord
{
    QDateTime createdAt;
    QString orderNo;
    Money occurredAmount;
    QString cardText;
    QString show;
};

struct Pod
{
    QString uuid;
    QString title;
    QStringList imageTags; // the wire sends one string; split on commas
    QString imageTag;      // the default tag
    QString podName;
    int status = 0;
    QString statusText;
    QDateTime createdAt;
};

struct GpuModel
{
    QString uuid;
    QString title;
    QString desc;
    Money price; // per hour
    QString remark;
    int status = 0;
    QString statusText;
    QDateTime createdAt;
    QString freeText;
};

struct GpuCatalog
{
    QList<GpuModel> models;
    Money noCardPrice;
};

struct Instance
{
    QString uuid;
    QString title;
    QString podUuid;
    QString podTitle;
    QString podName;
    std::optional<Money> podPrice;
    int podStartupElapse = 0;
    QString imageTag;
    QString outWebUrl;
    int gpus = 0;
    bool noCard = false;
    QString gpuModelName;
    QString chargingTypeName;
    std::optional<Money> priceHour;
    QString instanceTypeText;
    int status = -1;
    QString statusText;
    QDateTime createdAt;
    QJsonObject raw;
};

struct InstanceState
{
    int status = -1;
    QString statusText;
};

struct CreateInstanceParams
{
    QString podUuid;
    QString imageUuid; // optional
    QString imageTag;
    QString gpuModelUuid;
    bool autoStart = true;
};

} // namespace suanli::chenyu
