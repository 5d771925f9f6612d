#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"
#include "sim/unis/unisroute.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace suanli::sim::unis {

struct Job;
struct Pod;
struct State;
struct User;

// The job endpoints: dev environments (notebooks), traditional training (trainOperator), LLM
// fine-tuning (fineTune), the custom-scenario compute tasks, their pods and pod events, each in
// the envelope, paging style, time format and field spelling its document section shows.
class JobApi
{
public:
    explicit JobApi(State &state);

    std::optional<SimReply> handle(const SimRequest &request, const User &caller);

private:
    // Which owners a list shows: everyone the caller may see, or one user an admin picked.
    struct ListScope
    {
        qint64 onlyOwner = 0;
    };
    std::optional<QString> listScope(const QJsonObject &body, const User &caller, bool needUserName,
                                     ListScope &scope) const;
    bool inScope(const User &caller, const ListScope &scope, const Job &job) const;
    Job *visibleJob(const QString &id, const User &caller);
    static QString taskIdOf(const SimRequest &request, const QJsonValue &body);

    // Dev environments.
    std::optional<SimReply> notebookPaths(const SimRequest &request, const User &caller);
    SimReply notebookList(const SimRequest &request, const User &caller) const;
    SimReply notebookCreate(const QJsonObject &body, const User &caller);
    QJsonObject notebookJson(const Job &job) const;

    // Training, fine-tune and compute-task creation share one parameter table.
    std::optional<QString> parseTask(const QJsonObject &body, const User &caller, Job &job) const;
    SimReply trainingCreate(const QJsonObject &body, const User &caller);
    SimReply fineTuneCreate(const QJsonObject &body, const User &caller);
    SimReply computeCreate(const QJsonObject &body, const User &caller);

    SimReply trainingList(const QJsonObject &body, const User &caller) const;
    SimReply fineTuneList(const QJsonObject &body, const User &caller) const;
    SimReply computeList(const QJsonObject &body, const User &caller) const;

    SimReply trainingDetail(const QString &taskId, const User &caller);
    SimReply fineTuneDetail(const QString &taskId, const User &caller);
    SimReply stop(const QString &route, const QString &taskId, const User &caller,
                  bool (*family)(const Job &), const QString &createWay = QString());
    SimReply remove(const QString &route, const QStringList &taskIds, const User &caller,
                    bool (*family)(const Job &), const QString &createWay = QString());
    SimReply fineTuneDelete(const SimRequest &request, const QJsonValue &body, const User &caller);
    SimReply computeStopOrDelete(const QJsonObject &body, const User &caller, bool isDelete);
    SimReply checkResume(const QString &route, const QString &taskId, const User &caller,
                         bool (*family)(const Job &));
    SimReply resume(const QString &route, const QString &taskId, const User &caller,
                    bool (*family)(const Job &));
    SimReply clone(const QJsonObject &body, const User &caller);

    SimReply podList(const QJsonObject &body, const User &caller);
    SimReply podEvents(const QJsonObject &body, const User &caller) const;
    SimReply jobIdsOfTask(const SimRequest &request, const User &caller);

    QJsonObject trainingRow(const Job &job) const;
    QJsonObject fineTuneRow(const Job &job) const;
    QJsonObject computeRow(const Job &job) const;
    QJsonObject trainingDetailJson(const Job &job) const;
    QJsonObject fineTuneDetailJson(const Job &job) const;
    QJsonObject podRow(const Job &job, const Pod &pod) const;
    QJsonArray resourcesJson(const Job &job, bool withSpec) const;
    QString partitionJson(const Job &job) const;
    QString mountpoint(const Job &job) const;

    State &m_state;
    QList<Route> m_routes;
};

} // namespace suanli::sim::unis
