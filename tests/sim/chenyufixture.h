#pragma once

#include "simtestclient.h"

#include "sim/chenyu/chenyubackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <memory>

namespace suanli::test {

// A Chenyu simulator on a free port with quick status steps, and a client holding the right key.
class ChenyuFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(env.start({QStringLiteral("chenyu")})) << env.errorString().toStdString();
        backend = env.chenyu();
        server = env.server(QStringLiteral("chenyu"));
        ASSERT_NE(backend, nullptr);
        ASSERT_NE(server, nullptr);
        backend->setTransitionMs(200);          // long enough for polling to see every step
        backend->setBillingHourMs(3600 * 1000); // no charges unless a test asks for them
        client = std::make_unique<SimTestClient>(server->baseUrl(), backend->apiKey());
    }

    QJsonObject call(const QString &path, const QJsonObject &body = {})
    {
        return client->call(path, body);
    }

    static QJsonObject result(const QJsonObject &envelope)
    {
        return envelope.value(QStringLiteral("result")).toObject();
    }

    static QString code(const QJsonObject &envelope)
    {
        return envelope.value(QStringLiteral("code")).toString(QStringLiteral("<not a string>"));
    }

    QJsonArray items(const QString &path, const QJsonObject &body = {})
    {
        return result(call(path, body)).value(QStringLiteral("items")).toArray();
    }

    // First id of the catalog lists, as a client would pick them.
    QJsonObject firstPod() { return items(QStringLiteral("/api/v1/app/list")).at(0).toObject(); }
    QJsonObject gpuNamed(const QString &title)
    {
        for (const QJsonValue &value : items(QStringLiteral("/api/v1/gpu/models"))) {
            if (value.toObject().value(QStringLiteral("title")).toString() == title)
                return value.toObject();
        }
        return {};
    }

    QJsonObject createBody(int autoStart)
    {
        const QJsonObject pod = firstPod();
        return {{QStringLiteral("pod_uuid"), pod.value(QStringLiteral("uuid"))},
                {QStringLiteral("image_tag"), pod.value(QStringLiteral("image_tag"))},
                {QStringLiteral("gpu_model_uuid"),
                 gpuNamed(QStringLiteral("RTX 4090")).value(QStringLiteral("uuid"))},
                {QStringLiteral("auto_start"), autoStart}};
    }

    // Creates an instance through the API and returns its uuid (empty on failure).
    QString create(int autoStart)
    {
        const QJsonObject envelope =
            call(QStringLiteral("/api/v1/app/instance/create"), createBody(autoStart));
        return result(envelope)
            .value(QStringLiteral("instance"))
            .toObject()
            .value(QStringLiteral("uuid"))
            .toString();
    }

    // The first instance the list endpoint reports in `status`.
    QString firstWithStatus(int status)
    {
        const QJsonArray list = items(QStringLiteral("/api/v1/app/instance/list"),
                                      {{QStringLiteral("status"), status}});
        return list.isEmpty() ? QString()
                              : list.at(0).toObject().value(QStringLiteral("uuid")).toString();
    }

    int statusOf(const QString &uuid) const
    {
        return backend->instanceJson(uuid).value(QStringLiteral("status")).toInt(-1);
    }

    // Polls the status endpoint like a client would.
    int polledStatus(const QString &uuid)
    {
        return result(call(QStringLiteral("/api/v1/app/instance/status"),
                           {{QStringLiteral("instance_uuid"), uuid}}))
            .value(QStringLiteral("instance"))
            .toObject()
            .value(QStringLiteral("status"))
            .toInt(-1);
    }

    QJsonObject action(const QString &verb, const QString &uuid, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("instance_uuid"), uuid);
        return call(QStringLiteral("/api/v1/app/instance/") + verb, extra);
    }

    // "YYYY-MM-DD HH:mm:ss" in China Standard Time, `ms` from now.
    static QString chinaTimeFromNow(qint64 ms)
    {
        return QDateTime::currentDateTimeUtc()
            .addMSecs(ms)
            .toTimeZone(QTimeZone(8 * 3600))
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }

    sim::SimEnvironment env;
    sim::ChenyuBackend *backend = nullptr;
    sim::SimServer *server = nullptr;
    std::unique_ptr<SimTestClient> client;
};

} // namespace suanli::test
