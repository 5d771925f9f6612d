#include "provider.h"

#include "accountsession.h"

namespace suanli {

Provider::Provider(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

Provider::~Provider() = default;

} // namespace suanli
