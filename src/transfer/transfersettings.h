#pragma once

#include "core/retrypolicy.h"

#include <QtGlobal>

#include <algorithm>

namespace suanli::transfer {

struct TransferSettings
{
    static constexpr qint64 kMiB = 1024 * 1024;
    static constexpr int kMinParallel = 1;
    static constexpr int kMaxParallel = 8;
    static constexpr qint64 kMinChunk = 1 * kMiB;
    static constexpr qint64 kMaxChunk = 64 * kMiB;

    int parallel = 3;              // requests at once, over all uploads
    qint64 chunkSize = 8 * kMiB;   // for items queued from now on; a queued item keeps its own
    qint64 bandwidthLimit = 0;     // bytes per second over all uploads; 0 for none
    // Per chunk (and per check or folder): network errors, timeouts and 5xx answers are tried
    // again after a full-jitter backoff, this many times in all.
    RetryPolicy retry = [] {
        RetryPolicy policy;
        policy.maxAttempts = 8;
        policy.baseDelayMs = 500;
        policy.maxDelayMs = 30000;
        return policy;
    }();
    // A chunk the server refuses (a checksum that does not match, say) is sent this many times
    // in all before the file fails with the server's message.
    int refusedChunkAttempts = 3;

    TransferSettings bounded() const
    {
        TransferSettings s = *this;
        s.parallel = std::clamp(parallel, kMinParallel, kMaxParallel);
        s.chunkSize = std::clamp(chunkSize, kMinChunk, kMaxChunk);
        s.bandwidthLimit = std::max<qint64>(0, bandwidthLimit);
        s.retry.maxAttempts = std::max(1, retry.maxAttempts);
        s.refusedChunkAttempts = std::max(1, refusedChunkAttempts);
        return s;
    }
};

} // namespace suanli::transfer
