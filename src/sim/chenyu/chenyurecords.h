#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Plain records of the simulated Chenyu account. Money is integer fen; times are ms since epoch.
namespace suanli::sim::chenyu {

// Instance status values and texts from the document's instance-list enum.
enum InstanceStatus : int {
    Created = 0,
    Starting = 1,
    Running = 2,
    Stopping = 3,
    Stopped = 4,
    Destroyed = 9,
};

struct Pod
{
    QString uuid;
    QString title;
    QStringList imageTags; // sent as one comma-joined string
    QString imageTag;
    QString podName;
    qint64 priceFen = 0; // the pod's own surcharge per hour, added to the GPU price
    int startupElapseSeconds = 60;
    int status = 1;
    QString statusTxt;
    qint64 createdAtMs = 0;
};

struct GpuModel
{
    QString uuid;
    QString title;
    QString desc;
    qint64 priceFen = 0; // per hour
    QString remark;
    int free = 0; // units in stock; 0 means sold out and creation is refused
    qint64 createdAtMs = 0;
};

struct Card
{
    QString uuid;
    QString title;
    QString cardNo;
    int validDays = 30;
    qint64 bindTimeMs = 0;
    QString bindTxt;
    qint64 salePriceFen = 0;
    qint64 facePriceFen = 0;
    qint64 leaveAmountFen = 0;
    QStringList podUuids;
    QString remark;
};

struct Recharge
{
    qint64 createdAtMs = 0;
    qint64 payTimeMs = 0;
    QString outTradeNo;
    QString payChannel;
    qint64 amountFen = 0;
};

struct Bill
{
    qint64 createdAtMs = 0;
    QString orderNo;
    qint64 amountFen = 0; // positive: money spent
    QString cardTxt;
    QString show;
};

struct Instance
{
    QString uuid;
    QString title;
    QString podUuid;
    QString podTitle;
    QString podName;
    qint64 podPriceFen = 0;
    int podStartupElapse = 60;
    QString imageTag;
    QString outWebUrl;
    int category = 1;
    int gpus = 1;
    int noCard = 0;
    QString gpuModelName;
    int chargingType = 1;
    QString chargingTypeName;
    int chargingNum = 1;
    qint64 priceHFen = 0;
    QString instanceTypeTxt;
    int status = Created;
    qint64 createdAtMs = 0;

    // Time machine: the status changed at statusSinceMs; each entry of pendingSteps follows one
    // transition period after the previous one.
    qint64 statusSinceMs = 0;
    QList<int> pendingSteps;
    qint64 billedUntilMs = 0; // while running: the end of the last charged hour
    qint64 shutdownAtMs = 0;  // scheduled shutdown, 0 when none
    QString shutdownReason;
};

} // namespace suanli::sim::chenyu
