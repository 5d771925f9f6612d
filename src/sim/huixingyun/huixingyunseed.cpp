#include "sim/huixingyun/huixingyunseed.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace suanli::sim::huixingyun {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QTimeZone chinaStandardTime()
{
    return QTimeZone(8 * 3600);
}

// Stable ids: the same name always gives the same uuid.
QString fixedUuid(const QString &name)
{
    static const QUuid ns(QStringLiteral("{9c4e2a71-0b3d-4f58-8e16-2d7a5c9b03e4}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QString fixedHex(const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// Small deterministic generator for passwords and ports that look random but never change.
class Lcg
{
public:
    explicit Lcg(quint32 seed)
        : m_state(seed)
    { }
    quint32 next(quint32 bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % bound;
    }

private:
    quint32 m_state;
};

QString password(Lcg &random)
{
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString text;
    for (int i = 0; i < 16; ++i)
        text += alphabet.at(int(random.next(quint32(alphabet.size()))));
    return text;
}

const Product &productOf(const QList<Product> &products, const QString &gpuType)
{
    for (const Product &product : products) {
        if (product.gpuType == gpuType)
            return product;
    }
    Q_UNREACHABLE();
}

const Image &imageNamed(const QList<Image> &images, const QString &room, const QString &name)
{
    for (const Image &image : images) {
        if (image.roomName == room && image.name == name)
            return image;
    }
    Q_UNREACHABLE();
}

} // namespace

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, chinaStandardTime()).toString(Qt::ISODate);
}

QString cstDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, chinaStandardTime())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString cstStamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, chinaStandardTime())
        .toString(QStringLiteral("yyyyMMddHHmmss"));
}

qint64 addMonths(qint64 ms, int months)
{
    return QDateTime::fromMSecsSinceEpoch(ms, chinaStandardTime())
        .addMonths(months)
        .toMSecsSinceEpoch();
}

QString payMethodName(PayMethod method)
{
    switch (method) {
    case PayMethod::Hour: return QStringLiteral("Hour");
    case PayMethod::Day: return QStringLiteral("Day");
    case PayMethod::Month: return QStringLiteral("Month");
    }
    return QString();
}

QString statusText(const QString &state)
{
    if (state == status::Creating)
        return QStringLiteral("创建中");
    if (state == status::Starting)
        return QStringLiteral("开机中");
    if (state == status::Running)
        return QStringLiteral("运行中");
    if (state == status::Stopping)
        return QStringLiteral("关机中");
    if (state == status::Stopped)
        return QStringLiteral("已关机");
    if (state == status::Rebuilding)
        return QStringLiteral("重装中");
    if (state == status::Destroying)
        return QStringLiteral("销毁中");
    return state;
}

QString makeGid(const QString &roomName, const QString &hexSource)
{
    return QStringLiteral("gpu-") + roomName + hexSource.left(18).toLower();
}

QJsonObject appMetadata(const AppProduct &app, const QString &gid)
{
    // The document leaves the object's fields open; these are what a client needs to show.
    // A reserved domain: the simulator serves no web apps.
    return {
        {QStringLiteral("app_type"), app.appType},
        {QStringLiteral("title"), app.title},
        {QStringLiteral("web_url"), QStringLiteral("https://%1.app.huixingyun.invalid/").arg(gid)}};
}

QList<Product> seedProducts()
{
    // The first three are the document's example; the others fill rooms 105 and 102.
    return {
        {QStringLiteral("NVIDIA 4090 免费版"), QStringLiteral("geforce_rtx_4090_free_102"), 1340,
         90, 16, QStringLiteral("102"), 1, 60, 100, 24},
        {QStringLiteral("NVIDIA 4090"), QStringLiteral("geforce_rtx_4090_16u100m_106"), 4000, 100,
         16, QStringLiteral("106"), 8, 60, 100, 24},
        {QStringLiteral("NVIDIA 4090"), QStringLiteral("geforce_rtx_4090_16u60m_106"), 4000, 60, 16,
         QStringLiteral("106"), 8, 60, 100, 24},
        {QStringLiteral("NVIDIA 4090"), QStringLiteral("geforce_rtx_4090_16u100m_105"), 4000, 100,
         16, QStringLiteral("105"), 6, 60, 100, 24},
        {QStringLiteral("NVIDIA A100"), QStringLiteral("nvidia_a100_80g_32u200m_105"), 8000, 200,
         32, QStringLiteral("105"), 4, 60, 100, 80},
        {QStringLiteral("NVIDIA L40S"), QStringLiteral("nvidia_l40s_24u120m_102"), 2000, 120, 24,
         QStringLiteral("102"), 4, 60, 100, 48},
    };
}

QList<AppProduct> seedApps()
{
    return {
        {QStringLiteral("sd-webui"), QStringLiteral("Stable Diffusion WebUI")},
        {QStringLiteral("comfyui"), QStringLiteral("ComfyUI")},
        {QStringLiteral("fooocus"), QStringLiteral("Fooocus")},
        {QStringLiteral("rvc-webui"), QStringLiteral("RVC WebUI")},
        {QStringLiteral("openwebui"), QStringLiteral("Open WebUI")},
        {QStringLiteral("comfyui-clay"), QStringLiteral("ComfyUI-Clay")},
    };
}

QList<Image> seedPublicImages()
{
    const QString base = QStringLiteral("ubuntu 22.04, nvidia_driver 535.161.08, miniconda "
                                        "py310_23.11.0-2, jupyterlab 4.1.2, filebrowser 2.27.0");
    const QString pytorch = QStringLiteral("ubuntu22.04-cuda12.1-pytorch2.3");
    const QString pytorchText = base + QStringLiteral(", cuda 12.1, pytorch 2.3.0,");
    const QString tf = QStringLiteral("ubuntu20.04-cuda11.8-tensorflow2.13");
    const QString tfText = QStringLiteral("ubuntu 20.04, nvidia_driver 535.161.08, cuda 11.8, "
                                          "cudnn 8.9, python 3.10, tensorflow 2.13.1,");
    struct AppImage
    {
        const char16_t *appType;
        const char16_t *name;
        const char16_t *extra;
    };
    const QList<AppImage> apps = {
        {u"sd-webui", u"app-sd-webui_20240601", u"Stable Diffusion WebUI 1.9.4"},
        {u"comfyui", u"app-comfyui_20240612", u"ComfyUI 18c151b"},
        {u"fooocus", u"app-fooocus_20240520", u"Fooocus 2.4.3"},
        {u"rvc-webui", u"app-rvc-webui_20240508", u"RVC WebUI 0813"},
        {u"openwebui", u"app-openwebui_20240525",
         u"Ollama 0.1.32, ComfyUI 18c151b, OpenWebUI 0.1.123"},
        {u"comfyui-clay", u"app-comfyui-clay_20240618", u"ComfyUI-Clay 1.0.2"},
    };

    QList<Image> images;
    const auto add = [&images](const QString &room, const QString &name, const QString &os,
                               const QString &text, const QString &appType = {}) {
        Image image;
        image.imageId = fixedUuid(QStringLiteral("image/") + room + QLatin1Char('/') + name);
        image.name = name;
        image.os = os;
        image.description = text;
        image.roomName = room;
        image.appType = appType;
        images.append(image);
    };
    add(QStringLiteral("102"), pytorch, QStringLiteral("linux"), pytorchText);
    add(QStringLiteral("102"), tf, QStringLiteral("linux"), tfText);
    add(QStringLiteral("105"), pytorch, QStringLiteral("linux"), pytorchText);
    for (const AppImage &app : apps) {
        add(QStringLiteral("105"), QString::fromUtf16(app.name), QStringLiteral("linux"),
            base + QStringLiteral(", ") + QString::fromUtf16(app.extra) + QLatin1Char(','),
            QString::fromUtf16(app.appType));
    }
    add(QStringLiteral("106"), pytorch, QStringLiteral("linux"), pytorchText);
    add(QStringLiteral("106"), tf, QStringLiteral("linux"), tfText);
    // The one Windows image: rebuilding between it and the Linux ones must fail.
    add(QStringLiteral("106"), QStringLiteral("windows-server-2022-cuda12.2"),
        QStringLiteral("windows"),
        QStringLiteral("Windows Server 2022, nvidia_driver 537.70, cuda 12.2, 远程桌面 RDP"));
    // The document's example image keeps its id.
    for (Image &image : images) {
        if (image.name == u"app-openwebui_20240525")
            image.imageId = QStringLiteral("0917a7f0-1c03-11ef-9f0d-4faf337438da");
    }
    return images;
}

QList<Image> seedCustomImages(qint64 nowMs)
{
    struct Row
    {
        const char16_t *room;
        const char16_t *name;
        const char16_t *os;
        qint64 ageMs;
    };
    const QList<Row> rows = {
        {u"105", u"0705测试", u"linux", 29 * kDay + 3 * kHour},
        {u"105", u"镜像1", u"linux", 15 * kDay + 5 * kHour},
        {u"105", u"镜像2", u"linux", 15 * kDay + 4 * kHour},
        {u"106", u"sd-训练环境", u"linux", 6 * kDay},
    };
    QList<Image> images;
    for (const Row &row : rows) {
        Image image;
        image.roomName = QString::fromUtf16(row.room);
        image.name = QString::fromUtf16(row.name);
        image.imageId = fixedUuid(QStringLiteral("custom/") + image.roomName + image.name);
        image.os = QString::fromUtf16(row.os);
        image.description = QStringLiteral("创建时间: ") + cstDateTime(nowMs - row.ageMs);
        images.append(image);
    }
    return images;
}

QList<Token> seedTokens(qint64 nowMs, const QString &apiToken)
{
    Token demo;
    demo.name = QStringLiteral("管理token");
    demo.token = apiToken;
    demo.createAtMs = nowMs - 40 * kDay;
    demo.updateAtMs = demo.createAtMs;
    Token monitor;
    monitor.name = QStringLiteral("监控脚本");
    monitor.token = QStringLiteral("11b34725-5c1e-4b8e-9f3a-fc02a3630c21");
    monitor.createAtMs = nowMs - 12 * kDay - 7 * kHour;
    monitor.updateAtMs = monitor.createAtMs;
    return {demo, monitor};
}

Instance newInstance(const QString &gid, const Product &product, int gpuCount, int extraDiskCap,
                     const Image &image, PayMethod payMethod, qint64 createdAtMs)
{
    Instance instance;
    instance.gid = gid;
    instance.gpuType = product.gpuType;
    instance.roomName = product.roomName;
    instance.productName = product.name;
    instance.gpu = gpuCount;
    instance.gpuRam = product.gpuRam;
    instance.memory = product.memory;
    instance.cpu = product.cpu;
    // The document's "disk_free": "160" is the 60 GB system plus the 100 GB data disk.
    instance.diskFree = product.diskOne + product.diskDataOne + extraDiskCap;
    instance.image = image;
    instance.payMethod = payMethod;
    instance.status = status::Creating;
    instance.createAtMs = createdAtMs;
    instance.statusSinceMs = createdAtMs;
    if (payMethod == PayMethod::Day)
        instance.expireAtMs = createdAtMs + kDay;
    else if (payMethod == PayMethod::Month)
        instance.expireAtMs = addMonths(createdAtMs, 1);
    return instance;
}

QList<Instance> seedInstances(qint64 nowMs, const QList<Product> &products,
                              const QList<Image> &publicImages, const QList<Image> &customImages,
                              const QList<AppProduct> &apps)
{
    struct Row
    {
        const char16_t *gpuType;
        int gpus;
        const char16_t *imageName;
        bool customImage;
        PayMethod pay;
        QString status;
        StopMode stopMode;
        qint64 ageMs;
        qint64 expiresInMs; // 0: hourly
        const char16_t *appType;
    };
    const QList<Row> rows = {
        // Monthly, running, two days left at most: the renew reminder.
        {u"geforce_rtx_4090_16u100m_105", 1, u"0705测试", true, PayMethod::Month, status::Running,
         StopMode::None, 29 * kDay, 30 * kHour, u""},
        {u"geforce_rtx_4090_16u100m_106", 1, u"ubuntu22.04-cuda12.1-pytorch2.3", false,
         PayMethod::Hour, status::Running, StopMode::None, 2 * kDay + 3 * kHour, 0, u""},
        // Stopped normally, on the Windows image.
        {u"geforce_rtx_4090_16u60m_106", 2, u"windows-server-2022-cuda12.2", false, PayMethod::Hour,
         status::Stopped, StopMode::Normal, 9 * kDay, 0, u""},
        {u"nvidia_a100_80g_32u200m_105", 2, u"ubuntu22.04-cuda12.1-pytorch2.3", false,
         PayMethod::Day, status::Running, StopMode::None, 4 * kHour, 20 * kHour, u""},
        // Stopped card-less: only /gpu/instances/cardless/start brings it back.
        {u"nvidia_l40s_24u120m_102", 1, u"ubuntu22.04-cuda12.1-pytorch2.3", false, PayMethod::Hour,
         status::Stopped, StopMode::CardLess, 5 * kDay, 0, u""},
        {u"geforce_rtx_4090_16u100m_105", 1, u"app-comfyui_20240612", false, PayMethod::Hour,
         status::Running, StopMode::None, 6 * kHour, 0, u"comfyui"},
        // Daily, stopped normally: stopped but still not destroyable.
        {u"geforce_rtx_4090_free_102", 1, u"ubuntu20.04-cuda11.8-tensorflow2.13", false,
         PayMethod::Day, status::Stopped, StopMode::Normal, 9 * kHour, 15 * kHour, u""},
    };
    Lcg random(20240705);
    QList<Instance> instances;
    int serial = 0;
    for (const Row &row : rows) {
        ++serial;
        const Product &product = productOf(products, QString::fromUtf16(row.gpuType));
        const Image &image = imageNamed(row.customImage ? customImages : publicImages,
                                        product.roomName, QString::fromUtf16(row.imageName));
        const QString gid =
            makeGid(product.roomName, fixedHex(QStringLiteral("instance/%1").arg(serial)));
        const qint64 createdAt = nowMs - row.ageMs;
        Instance instance = newInstance(gid, product, row.gpus, 0, image, row.pay, createdAt);
        instance.status = row.status;
        instance.statusSinceMs = nowMs;
        instance.stopMode = row.stopMode;
        instance.holdsGpus = row.stopMode != StopMode::CardLess;
        instance.expireAtMs = row.expiresInMs > 0 ? nowMs + row.expiresInMs : 0;
        instance.ip = QStringLiteral("203.0.113.%1").arg(20 + serial * 7);
        instance.port = 30000 + int(random.next(20000));
        instance.password = password(random);
        instance.orderUid =
            cstStamp(createdAt - 2 * kMinute)
            + QStringLiteral("%1").arg(random.next(1000000), 6, 10, QLatin1Char('0'));
        const QString appType = QString::fromUtf16(row.appType);
        for (const AppProduct &app : apps) {
            if (app.appType == appType)
                instance.appMetadata = appMetadata(app, gid);
        }
        instances.append(instance);
    }
    return instances;
}

} // namespace suanli::sim::huixingyun
