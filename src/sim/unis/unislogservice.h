#pragma once

#include "sim/unis/unisservice.h"

namespace suanli::sim {

// The pod logs of the UNIS simulator: the paged log API of training, fine-tune and compute-task
// pods (POST /api/kernel/trainOperatorPod/viewPodLogs, envelope {success, returnCode, message,
// data}) with the evaluation pod log's twin (POST /api/model/evaluation/pod/log, {code, success,
// message, data}), and a task's batch download (GET /api/kernel/trainOperatorPod/downloadTaskLogs:
// plain text, each pod's section headed "<podName>-log：").
//
// Paging, as this simulator reads the documents: `offset` is the number of lines wanted;
// `startReadLines` is a 1-based line number; with `recerseRead` true (the default) the answer
// is the `offset` lines that end at line `startReadLines` (the log's last line when it is null:
// the tail), with false the `offset` lines that start there (line 1 when null). The answer's
// `startReadLines` is the number of lines before the first one returned (0: the top was
// reached), its `offset` the number of the line after the last one returned, and `reverseRead`
// stays true only while there is more above. So sending back the answer's `startReadLines`
// (the kernel document) gives the page just above, sending it plus one (the evaluation
// document) the page above and its first line again, and sending the answer's `offset` with
// `recerseRead` false gives the lines written since.
class UnisLogService final : public UnisService
{
public:
    explicit UnisLogService(const UnisJobDirectory &jobs);
    ~UnisLogService() override;

    std::optional<SimReply> handle(const SimRequest &request, const UnisCaller &caller) override;

    // The most lines one call returns, whatever `offset` asks for.
    static constexpr qint64 kMaxPage = 10000;

private:
    SimReply viewLogs(const SimRequest &request, const UnisCaller &caller, bool evaluation) const;
    SimReply download(const SimRequest &request, const UnisCaller &caller) const;

    const UnisJobDirectory &m_jobs;
};

} // namespace suanli::sim
