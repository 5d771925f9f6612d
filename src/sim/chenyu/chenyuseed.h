#pragma once

#include "sim/chenyu/chenyurecords.h"

#include <QList>
#include <QString>

// The account the simulator starts with: a plausible team's history, fixed ids so screenshots
// and tests see the same data every run, times relative to start-up.
namespace suanli::sim::chenyu {

QList<Pod> seedPods(qint64 nowMs);
QList<GpuModel> seedGpuModels(qint64 nowMs);
QList<Card> seedCards(qint64 nowMs, const QList<Pod> &pods);
QList<Recharge> seedRecharges(qint64 nowMs);
QList<Bill> seedBills(qint64 nowMs);
// Instances across the statuses; the one starting up finishes one transition after `nowMs`.
QList<Instance> seedInstances(qint64 nowMs, const QList<Pod> &pods, const QList<GpuModel> &gpus);
qint64 seedBalanceFen();

// A fresh instance of `pod` on `gpu` in status 0 (已创建).
Instance newInstance(const QString &uuid, const QString &title, const Pod &pod, const GpuModel &gpu,
                     const QString &imageTag, qint64 createdAtMs);

QString statusText(int status);

// yyyyMMddHHmmss in China Standard Time, the stem of order and trade numbers.
QString cstStamp(qint64 ms);

} // namespace suanli::sim::chenyu
