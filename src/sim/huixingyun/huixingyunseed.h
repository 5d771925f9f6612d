#pragma once

#include "sim/huixingyun/huixingyunrecords.h"

#include <QList>
#include <QString>

// The account the simulator starts with: fixed ids so screenshots and tests see the same data
// every run, times relative to start-up.
namespace suanli::sim::huixingyun {

QList<Product> seedProducts();
QList<AppProduct> seedApps();
QList<Image> seedPublicImages();
QList<Image> seedCustomImages(qint64 nowMs);
// The demo token first, then one more.
QList<Token> seedTokens(qint64 nowMs, const QString &apiToken);
// Seven instances across rooms, statuses and pay methods (see the .cpp for the list).
QList<Instance> seedInstances(qint64 nowMs, const QList<Product> &products,
                              const QList<Image> &publicImages, const QList<Image> &customImages,
                              const QList<AppProduct> &apps);

// A fresh instance in status "Creating" holding `gpuCount` GPUs of `product`.
Instance newInstance(const QString &gid, const Product &product, int gpuCount, int extraDiskCap,
                     const Image &image, PayMethod payMethod, qint64 createdAtMs);
// "gpu-" + room + 18 hex digits, like the document's "gpu-105b63811xxxxxa4cb082".
QString makeGid(const QString &roomName, const QString &hexSource);
QJsonObject appMetadata(const AppProduct &app, const QString &gid);

// RFC 3339 with +08:00, as the platform writes its times.
QString rfc3339(qint64 ms);
// "yyyy-MM-dd HH:mm:ss" in China Standard Time, for custom images' descriptions.
QString cstDateTime(qint64 ms);
// yyyyMMddHHmmss in China Standard Time, the stem of order numbers.
QString cstStamp(qint64 ms);
// Calendar months in China Standard Time (a month from Jan 31 is the end of February).
qint64 addMonths(qint64 ms, int months);

QString payMethodName(PayMethod method);   // "Hour" / "Day" / "Month"
QString statusText(const QString &status); // Chinese, for failure reasons

} // namespace suanli::sim::huixingyun
