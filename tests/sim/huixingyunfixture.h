#pragma once

#include "simtestclient.h"

#include "sim/huixingyun/huixingyunbackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace suanli::test {

// A Huixingyun simulator on a free port with quick status steps, and a client that sends the
// raw token the way the document asks.
class HuixingyunFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(env.start({QStringLiteral("huixingyun")})) << env.errorString().toStdString();
        backend = env.huixingyun();
        server = env.server(QStringLiteral("huixingyun"));
        ASSERT_NE(backend, nullptr);
        ASSERT_NE(server, nullptr);
        backend->setTransitionMs(200); // long enough for polling to see every step
        client = std::make_unique<SimTestClient>(server->baseUrl(), backend->apiToken());
        client->setAuthorizationPrefix({});
    }

    HttpResult post(const QString &path, const QJsonObject &body = {})
    {
        return client->post(path, body);
    }

    // The body of a call expected to succeed with HTTP 200; empty otherwise.
    QJsonObject call(const QString &path, const QJsonObject &body = {})
    {
        return client->call(path, body);
    }

    QJsonArray items(const QString &path, const QJsonObject &body = {})
    {
        return call(path, body).value(QStringLiteral("items")).toArray();
    }

    // A batch action on comma-joined gids.
    QJsonObject batch(const QString &verb, const QStringList &gids, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("gid"), gids.join(QLatin1Char(',')));
        return call(QStringLiteral("/gpu/instances/") + verb, extra);
    }

    static QStringList successes(const QJsonObject &answer)
    {
        QStringList list;
        for (const QJsonValue &value : answer.value(QStringLiteral("success")).toArray())
            list.append(value.toString());
        return list;
    }

    // gid -> reason of every refused gid.
    static QHash<QString, QString> failures(const QJsonObject &answer)
    {
        QHash<QString, QString> map;
        for (const QJsonValue &value : answer.value(QStringLiteral("fails")).toArray()) {
            const QJsonObject fail = value.toObject();
            map.insert(fail.value(QStringLiteral("gid")).toString(),
                       fail.value(QStringLiteral("reason")).toString());
        }
        return map;
    }

    // The instance as the list endpoint shows it; empty when it is not listed.
    QJsonObject listed(const QString &gid)
    {
        for (const QJsonValue &value : items(QStringLiteral("/gpu/instances/list"))) {
            if (value.toObject().value(QStringLiteral("gid")).toString() == gid)
                return value.toObject();
        }
        return {};
    }

    QString statusOf(const QString &gid) const
    {
        return backend->instanceJson(gid).value(QStringLiteral("status")).toString();
    }

    // A seeded instance by pay method, status and (for stopped ones) stop mode.
    QString seeded(const QString &payMethod, const QString &status,
                   const QString &stopMode = QString(), const QString &os = QString()) const
    {
        for (const QString &gid : backend->instanceIds()) {
            const QJsonObject json = backend->instanceJson(gid);
            if (json.value(QStringLiteral("pay_method")).toString() == payMethod
                && json.value(QStringLiteral("status")).toString() == status
                && (stopMode.isNull() || backend->stopMode(gid) == stopMode)
                && (os.isNull()
                    || json.value(QStringLiteral("image"))
                               .toObject()
                               .value(QStringLiteral("os"))
                               .toString()
                           == os))
                return gid;
        }
        return QString();
    }

    // Every status an instance passes through until `until`, sampled on the event loop.
    QStringList watch(const QString &gid, const QString &until, int timeoutMs = 3000)
    {
        QStringList seen;
        waitFor(
            [&] {
                const QString status = statusOf(gid);
                if (seen.isEmpty() || seen.constLast() != status)
                    seen.append(status);
                return status == until;
            },
            timeoutMs);
        return seen;
    }

    QJsonObject product(const QString &gpuType)
    {
        for (const QJsonValue &value : items(QStringLiteral("/gpu/product/list"))) {
            if (value.toObject().value(QStringLiteral("gpu_type")).toString() == gpuType)
                return value.toObject();
        }
        return {};
    }

    // A public image of the type's room with the given OS.
    QString imageFor(const QString &gpuType, const QString &os = QStringLiteral("linux"))
    {
        for (const QJsonValue &value :
             items(QStringLiteral("/gpu/images/list"), {{QStringLiteral("gpu_type"), gpuType}})) {
            if (value.toObject().value(QStringLiteral("os")).toString() == os)
                return value.toObject().value(QStringLiteral("image_id")).toString();
        }
        return QString();
    }

    static QDateTime timeOf(const QJsonObject &json, const QString &key)
    {
        return QDateTime::fromString(json.value(key).toString(), Qt::ISODate);
    }

    static constexpr qint64 kDayMs = 24 * 3600 * 1000;
    const QString k4090Room106 = QStringLiteral("geforce_rtx_4090_16u100m_106");

    sim::SimEnvironment env;
    sim::HuixingyunBackend *backend = nullptr;
    sim::SimServer *server = nullptr;
    std::unique_ptr<SimTestClient> client;
};

} // namespace suanli::test
