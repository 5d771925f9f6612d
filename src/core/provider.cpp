#include "provider.h"

#include "accountsession.h"

namespace suanli {

Provider::Provider(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

Provider::~Provider() = default;

void Provider::trackState(const ApiError *error)
{
    if (!error) {
        m_session->setState(AccountState::Online);
        return;
    }
    if (error->kind == ApiError::Kind::Auth)
        m_session->setState(AccountState::AuthFailed, error->message);
    else if (error->kind == ApiError::Kind::Network || error->kind == ApiError::Kind::Timeout)
        m_session->setState(AccountState::Offline, error->message);
}

void Provider::performBatch(const QList<Resource> &resources, const ActionRequest &request, QObject *context,
                            Completion<BatchOutcome> done)
{
    struct State
    {
        QList<Resource> queue;
        BatchOutcome outcome;
        ActionRequest request;
        Completion<BatchOutcome> done;
    };
    auto state = std::make_shared<State>(State{resources, {}, request, std::move(done)});
    // Only the call in flight holds the chain: if `context` goes away, so does the batch.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, context, state, weak = std::weak_ptr(next)] {
        if (state->queue.isEmpty()) {
            state->done(state->outcome);
            return;
        }
        const Resource r = state->queue.takeFirst();
        perform(r, state->request, context, [state, id = r.id, self = weak.lock()](const Result<Done> &result) {
            if (result)
                state->outcome.succeeded.append(id);
            else
                state->outcome.failed.append({id, result.error().toDisplayString()});
            (*self)();
        });
    };
    (*next)();
}

} // namespace suanli
