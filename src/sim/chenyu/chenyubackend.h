#pragma once

#include "sim/backend.h"
#include "sim/chenyu/chenyurecords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace suanli::sim {

// 晨羽智云 (Chenyu) as its API document describes it: twelve POST endpoints with JSON bodies,
// Bearer API key, the {"code","msg","result"} envelope with string codes, and instances that
// boot, run, bill and shut down over time even when nobody polls.
class ChenyuBackend final : public QObject, public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChenyuBackend)

public:
    static QString defaultApiKey(); // "cy-demo-key-0001"

    explicit ChenyuBackend(QObject *parent = nullptr);
    ~ChenyuBackend() override;

    SimReply handle(const SimRequest &request) override;

    QString apiKey() const;
    void setApiKey(const QString &key);

    // Real time per status step (default 3000 ms); applies to steps already under way too.
    void setTransitionMs(int ms);
    int transitionMs() const;
    // Real time that stands for one billed hour (default 60000 ms).
    void setBillingHourMs(int ms);
    int billingHourMs() const;

    // Inspection for tests and the demo.
    int createCount() const;                             // instances created through the API
    QJsonObject instanceJson(const QString &uuid) const; // list-item shape; empty if unknown
    QStringList instanceIds() const;                     // oldest first
    qint64 balanceFen() const;
    void setBalanceFen(qint64 fen);
    int billCount() const;

private:
    struct Outcome
    {
        QString code; // "0", "2" or "-2"
        QString msg;
        QJsonObject result;
    };
    using Handler = Outcome (ChenyuBackend::*)(const QJsonObject &body);

    static Outcome ok(const QJsonObject &result = {});
    static Outcome systemError(const QString &msg);

    Outcome balance(const QJsonObject &body);
    Outcome recharges(const QJsonObject &body);
    Outcome bills(const QJsonObject &body);
    Outcome pods(const QJsonObject &body);
    Outcome gpuModels(const QJsonObject &body);
    Outcome createInstance(const QJsonObject &body);
    Outcome listInstances(const QJsonObject &body);
    Outcome instanceStatus(const QJsonObject &body);
    Outcome startInstance(const QJsonObject &body);
    Outcome restartInstance(const QJsonObject &body);
    Outcome scheduleShutdown(const QJsonObject &body);
    Outcome destroyInstance(const QJsonObject &body);

    chenyu::Instance *findInstance(const QString &uuid);
    // Resolves "instance_uuid" or fills `error` with the document's failure.
    chenyu::Instance *requireInstance(const QJsonObject &body, Outcome &error);
    QJsonObject toJson(const chenyu::Instance &instance) const;

    qint64 nowMs() const;
    // Moves every instance through the events that are due: status steps, hourly charges and
    // scheduled shutdowns, each at the moment it was due.
    void advance();
    void scheduleNextEvent();
    qint64 nextEventMs(const chenyu::Instance &instance) const;
    void enterSequence(chenyu::Instance &instance, const QList<int> &steps, qint64 atMs);
    void enterStatus(chenyu::Instance &instance, int status, qint64 atMs);
    void charge(chenyu::Instance &instance, qint64 atMs);
    QString nextOrderNo(qint64 atMs);

    QString m_apiKey;
    int m_transitionMs = 3000;
    int m_billingHourMs = 60000;
    int m_createCount = 0;
    int m_orderSeq = 0;
    qint64 m_balanceFen = 0;
    QList<chenyu::Pod> m_pods;
    QList<chenyu::GpuModel> m_gpuModels;
    qint64 m_noCardPriceFen = 10;
    QList<chenyu::Card> m_cards;
    QList<chenyu::Recharge> m_recharges;
    QList<chenyu::Bill> m_bills;
    QList<chenyu::Instance> m_instances;
    QHash<QString, Handler> m_routes;
    QTimer m_timer;
};

} // namespace suanli::sim
