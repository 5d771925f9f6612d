#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"

#include <QtGlobal>

namespace suanli::sim {

// One simulated platform: its state and its request handling, independent of the transport.
class Backend
{
public:
    virtual ~Backend() = default;

    // Called on the server's thread once a request got past fault injection.
    virtual SimReply handle(const SimRequest &request) = 0;

protected:
    Backend() = default;

private:
    Q_DISABLE_COPY_MOVE(Backend)
};

} // namespace suanli::sim
