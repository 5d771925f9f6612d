#include "sim/chenyu/chenyuseed.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace suanli::sim::chenyu {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Stable ids: the same name always gives the same uuid.
QString fixedUuid(const QString &name)
{
    static const QUuid ns(QStringLiteral("{3b0f6c1e-5d2a-4e7b-9a41-6c0de2b7a9f1}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

// Small deterministic generator so the history looks irregular but never changes.
class Lcg
{
public:
    explicit Lcg(quint32 seed) : m_state(seed) {}
    quint32 next(quint32 bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % bound;
    }

private:
    quint32 m_state;
};

} // namespace

QString cstStamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString statusText(int status)
{
    switch (status) {
    case Created: return QStringLiteral("已创建");
    case Starting: return QStringLiteral("开机中");
    case Running: return QStringLiteral("运行中");
    case Stopping: return QStringLiteral("关机中");
    case Stopped: return QStringLiteral("已关机");
    case Destroyed: return QStringLiteral("已销毁");
    default: return QStringLiteral("未知");
    }
}

QList<Pod> seedPods(qint64 nowMs)
{
    struct Row
    {
        const char16_t *title;
        const char16_t *podName;
        QStringList tags;
        qint64 priceFen;
        int startup;
        int ageDays;
    };
    const QList<Row> rows = {
        {u"ComfyUI", u"comfyui", {QStringLiteral("v0.3.10"), QStringLiteral("v0.3.27"), QStringLiteral("v0.3.40")}, 0, 45, 210},
        {u"Stable Diffusion WebUI", u"sd-webui", {QStringLiteral("v1.9.4"), QStringLiteral("v1.10.1")}, 0, 60, 300},
        {u"JupyterLab PyTorch 2.3", u"jupyterlab-pytorch", {QStringLiteral("py310-cu121"), QStringLiteral("py311-cu121")}, 0, 30, 180},
        {u"vLLM", u"vllm", {QStringLiteral("v0.5.4"), QStringLiteral("v0.6.3"), QStringLiteral("v0.6.6")}, 20, 90, 120},
        {u"LLaMA-Factory", u"llama-factory", {QStringLiteral("v0.8.3"), QStringLiteral("v0.9.1")}, 30, 75, 150},
        {u"Fooocus", u"fooocus", {QStringLiteral("v2.4.3"), QStringLiteral("v2.5.5")}, 0, 50, 260},
    };
    QList<Pod> pods;
    for (const Row &row : rows) {
        Pod pod;
        pod.podName = QString::fromUtf16(row.podName);
        pod.uuid = fixedUuid(QStringLiteral("pod/") + pod.podName);
        pod.title = QString::fromUtf16(row.title);
        pod.imageTags = row.tags;
        pod.imageTag = row.tags.constLast();
        pod.priceFen = row.priceFen;
        pod.startupElapseSeconds = row.startup;
        pod.status = 1;
        pod.statusTxt = QStringLiteral("已上架");
        pod.createdAtMs = nowMs - row.ageDays * kDay;
        pods.append(pod);
    }
    return pods;
}

QList<GpuModel> seedGpuModels(qint64 nowMs)
{
    struct Row
    {
        const char16_t *key;
        const char16_t *title;
        const char16_t *desc;
        qint64 priceFen;
        int free;
        const char16_t *remark;
    };
    const QList<Row> rows = {
        {u"rtx4090", u"RTX 4090", u"24GB 显存 · 16 核 CPU · 64GB 内存", 198, 12, u"性价比之选"},
        {u"rtx3090", u"RTX 3090", u"24GB 显存 · 12 核 CPU · 48GB 内存", 128, 8, u""},
        {u"l40s", u"L40S", u"48GB 显存 · 24 核 CPU · 128GB 内存", 368, 5, u""},
        {u"a100-80g", u"A100 80G", u"80GB 显存 · 32 核 CPU · 256GB 内存", 750, 3, u"适合大模型训练"},
        {u"h800", u"H800", u"80GB 显存 · 48 核 CPU · 512GB 内存", 1480, 0, u"资源紧张，请关注补货"},
    };
    QList<GpuModel> models;
    for (const Row &row : rows) {
        GpuModel model;
        model.uuid = fixedUuid(QStringLiteral("gpu/") + QString::fromUtf16(row.key));
        model.title = QString::fromUtf16(row.title);
        model.desc = QString::fromUtf16(row.desc);
        model.priceFen = row.priceFen;
        model.free = row.free;
        model.remark = QString::fromUtf16(row.remark);
        model.createdAtMs = nowMs - 400 * kDay;
        models.append(model);
    }
    return models;
}

QList<Card> seedCards(qint64 nowMs, const QList<Pod> &pods)
{
    struct Row
    {
        const char16_t *title;
        int validDays;
        int boundDaysAgo;
        const char16_t *bindTxt;
        qint64 saleFen;
        qint64 faceFen;
        qint64 leaveFen;
        int podIndex; // -1: every pod
        const char16_t *remark;
    };
    const QList<Row> rows = {
        {u"新人体验卡", 30, 120, u"注册赠送", 0, 5000, 1260, -1, u"新用户专享"},
        {u"双十一算力卡 200 元", 60, 95, u"兑换码绑定", 16000, 20000, 4350, -1, u""},
        {u"ComfyUI 专享卡", 30, 12, u"兑换码绑定", 1990, 3000, 0, 0, u"仅限 ComfyUI 实例"},
        {u"4090 畅享卡 100 元", 90, 20, u"购买绑定", 8800, 10000, 3640, -1, u""},
        {u"A100 训练卡 500 元", 180, 2, u"购买绑定", 45000, 50000, 50000, 4, u"仅限 LLaMA-Factory 实例"},
        {u"邀请奖励卡", 15, 40, u"邀请好友奖励", 0, 2000, 2000, -1, u""},
    };
    QList<Card> cards;
    int serial = 0;
    for (const Row &row : rows) {
        ++serial;
        Card card;
        card.uuid = fixedUuid(QStringLiteral("card/%1").arg(serial));
        card.title = QString::fromUtf16(row.title);
        card.cardNo = QStringLiteral("CY%1").arg(20240000 + serial * 7919, 10, 10, QLatin1Char('0'));
        card.validDays = row.validDays;
        card.bindTimeMs = nowMs - row.boundDaysAgo * kDay - serial * 37 * kMinute;
        card.bindTxt = QString::fromUtf16(row.bindTxt);
        card.salePriceFen = row.saleFen;
        card.facePriceFen = row.faceFen;
        card.leaveAmountFen = row.leaveFen;
        if (row.podIndex >= 0 && row.podIndex < pods.size())
            card.podUuids.append(pods.at(row.podIndex).uuid);
        card.remark = QString::fromUtf16(row.remark);
        cards.append(card);
    }
    return cards;
}

QList<Recharge> seedRecharges(qint64 nowMs)
{
    const QList<qint64> amounts = {10000, 50000, 20000, 100000, 10000, 30000,
                                   50000, 20000, 200000, 10000, 50000, 100000};
    const QList<QString> channels = {QStringLiteral("支付宝"), QStringLiteral("微信支付"),
                                     QStringLiteral("对公转账")};
    Lcg random(20240613);
    QList<Recharge> list;
    qint64 at = nowMs - 3 * kDay;
    for (int i = 0; i < amounts.size(); ++i) {
        Recharge recharge;
        recharge.createdAtMs = at;
        recharge.payTimeMs = at + (15 + random.next(90)) * 1000;
        recharge.amountFen = amounts.at(i);
        recharge.payChannel = amounts.at(i) >= 200000 ? channels.at(2)
                                                      : channels.at(int(random.next(2)));
        recharge.outTradeNo = cstStamp(recharge.payTimeMs)
            + QStringLiteral("%1").arg(random.next(100000000), 8, 10, QLatin1Char('0'));
        list.append(recharge);
        at -= (5 + random.next(12)) * kDay + random.next(600) * kMinute;
    }
    return list;
}

QList<Bill> seedBills(qint64 nowMs)
{
    struct Usage
    {
        const char16_t *title;
        const char16_t *gpu;
        qint64 priceFen;
    };
    const QList<Usage> usages = {
        {u"ComfyUI 出图-4090", u"RTX 4090", 198},
        {u"LLaMA-Factory 微调-A100", u"A100 80G", 780},
        {u"SD WebUI 旧版-3090", u"RTX 3090", 128},
        {u"vLLM 推理服务-L40S", u"L40S", 388},
        {u"Fooocus 测试-4090", u"RTX 4090", 198},
    };
    Lcg random(7741);
    QList<Bill> list;
    qint64 at = nowMs - 2 * kHour;
    for (int i = 0; i < 35; ++i) {
        const Usage &usage = usages.at(int(random.next(quint32(usages.size()))));
        const int hours = 1 + int(random.next(6));
        Bill bill;
        bill.createdAtMs = at;
        bill.orderNo = QStringLiteral("BL") + cstStamp(at)
            + QStringLiteral("%1").arg(9000 + random.next(1000), 4, 10, QLatin1Char('0'));
        bill.amountFen = usage.priceFen * hours;
        bill.cardTxt = (i % 5 == 3) ? QStringLiteral("4090 畅享卡 100 元") : QString();
        bill.show = QStringLiteral("%1 按量计费 %2 小时（%3 × 1，¥%4/小时）")
                        .arg(QString::fromUtf16(usage.title))
                        .arg(hours)
                        .arg(QString::fromUtf16(usage.gpu))
                        .arg(QString::number(double(usage.priceFen) / 100.0, 'f', 2));
        list.append(bill);
        at -= (6 + random.next(30)) * kHour;
    }
    return list;
}

qint64 seedBalanceFen()
{
    return 128450; // ¥1284.50
}

Instance newInstance(const QString &uuid, const QString &title, const Pod &pod,
                     const GpuModel &gpu, const QString &imageTag, qint64 createdAtMs)
{
    Instance instance;
    instance.uuid = uuid;
    instance.title = title;
    instance.podUuid = pod.uuid;
    instance.podTitle = pod.title;
    instance.podName = pod.podName;
    instance.podPriceFen = pod.priceFen;
    instance.podStartupElapse = pod.startupElapseSeconds;
    instance.imageTag = imageTag;
    // A reserved domain: the simulator has no web apps to open.
    instance.outWebUrl = QStringLiteral("https://%1-%2.app.chenyu.invalid")
                             .arg(pod.podName, uuid.left(8));
    instance.category = 1;
    instance.gpus = 1;
    instance.noCard = 0;
    instance.gpuModelName = gpu.title;
    instance.chargingType = 1;
    instance.chargingTypeName = QStringLiteral("按量计费");
    instance.chargingNum = 1;
    instance.priceHFen = gpu.priceFen + pod.priceFen;
    instance.instanceTypeTxt = QStringLiteral("GPU 实例");
    instance.status = Created;
    instance.createdAtMs = createdAtMs;
    instance.statusSinceMs = createdAtMs;
    return instance;
}

QList<Instance> seedInstances(qint64 nowMs, const QList<Pod> &pods, const QList<GpuModel> &gpus)
{
    // Pods: 0 ComfyUI, 1 SD WebUI, 2 JupyterLab, 3 vLLM, 4 LLaMA-Factory, 5 Fooocus.
    // GPUs: 0 RTX 4090, 1 RTX 3090, 2 L40S, 3 A100 80G.
    struct Row
    {
        const char16_t *title;
        int pod;
        int gpu;
        int status;
        qint64 ageMs;
    };
    const QList<Row> rows = {
        {u"SD WebUI 旧版-3090", 1, 1, Destroyed, 26 * kDay},
        {u"Fooocus 测试-4090", 5, 0, Destroyed, 15 * kDay},
        {u"LLaMA-Factory 微调-A100", 4, 3, Stopped, 6 * kDay},
        {u"ComfyUI 出图-4090", 0, 0, Running, 3 * kDay},
        {u"JupyterLab 实验-3090", 2, 1, Created, 5 * kHour},
        {u"vLLM 推理服务-L40S", 3, 2, Starting, 2 * kMinute},
    };
    QList<Instance> instances;
    int serial = 0;
    for (const Row &row : rows) {
        ++serial;
        const Pod &pod = pods.at(row.pod);
        Instance instance = newInstance(fixedUuid(QStringLiteral("instance/%1").arg(serial)),
                                        QString::fromUtf16(row.title), pod, gpus.at(row.gpu),
                                        pod.imageTag, nowMs - row.ageMs);
        instance.status = row.status;
        instance.statusSinceMs = nowMs;
        if (row.status == Running)
            instance.billedUntilMs = nowMs;
        if (row.status == Starting)
            instance.pendingSteps = {Running};
        instances.append(instance);
    }
    return instances;
}

} // namespace suanli::sim::chenyu
