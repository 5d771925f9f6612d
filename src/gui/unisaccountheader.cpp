#include "unisaccountheader.h"

#include "unisquotapanel.h"

#include "platforms/unis/unisprovider.h"

#include <QHBoxLayout>
#include <QLabel>

namespace suanli::gui {

UnisAccountHeader::UnisAccountHeader(unis::UnisProvider *provider, QWidget *parent)
    : QWidget(parent)
    , m_provider(provider)
    , m_identity(new QLabel(this))
    , m_quotas(new UnisQuotaPanel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(m_identity);
    layout->addStretch(1);
    layout->addWidget(m_quotas);
    m_identity->setObjectName(QStringLiteral("unisIdentity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_provider, &unis::UnisProvider::userChanged, this, &UnisAccountHeader::updateIdentity);
    updateIdentity();
}

UnisAccountHeader::~UnisAccountHeader() = default;

QString UnisAccountHeader::roleText(unis::Role role)
{
    switch (role) {
    case unis::Role::SystemAdmin: return tr("System administrator");
    case unis::Role::TenantAdmin: return tr("Tenant administrator");
    case unis::Role::User: return tr("Normal user");
    case unis::Role::Unknown: break;
    }
    return tr("Unknown role");
}

QString UnisAccountHeader::identityText(const unis::UserInfo &user)
{
    QStringList parts;
    if (!user.nickName.isEmpty() && user.nickName != user.userName)
        parts.append(tr("%1 (%2)").arg(user.nickName, user.userName));
    else
        parts.append(user.userName);
    if (!user.tenantName.isEmpty())
        parts.append(user.tenantName);
    if (!user.groupName.isEmpty() && user.groupName != user.tenantName)
        parts.append(user.groupName);
    // The platform's own words for a role it has but this console does not know.
    parts.append(user.role == unis::Role::Unknown && !user.roleName.isEmpty() ? user.roleName : roleText(user.role));
    return parts.join(QStringLiteral(" · "));
}

void UnisAccountHeader::updateIdentity()
{
    const std::optional<unis::UserInfo> me = m_provider->knownUser();
    if (!me) {
        m_identity->setText(tr("Signing in…"));
        m_identity->setEnabled(false);
        m_identity->setToolTip({});
        return;
    }
    m_identity->setEnabled(true);
    m_identity->setText(identityText(*me));
    QStringList tip;
    tip.append(tr("User %1 (id %2, Linux uid %3)").arg(me->userName, me->userId).arg(me->uid));
    tip.append(tr("Tenant %1 (id %2)").arg(me->tenantName, me->tenantId));
    if (!me->groupName.isEmpty() || !me->groupId.isEmpty())
        tip.append(tr("User group %1 (id %2)").arg(me->groupName, me->groupId));
    tip.append(tr("Role: %1 — the platform says “%2”").arg(roleText(me->role), me->roleName));
    m_identity->setToolTip(tip.join(QLatin1Char('\n')));
}

void UnisAccountHeader::refreshQuotasIfStale()
{
    if (!m_quotasLoadedAt.isValid() || m_quotasLoadedAt.msecsTo(QDateTime::currentDateTimeUtc()) > maxAgeMs())
        refreshQuotas();
}

void UnisAccountHeader::refreshQuotas()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_quotas->setLoading();
    m_provider->quotas(this, [this](const Result<unis::Quotas> &r) {
        m_inFlight = false;
        m_quotasLoadedAt = QDateTime::currentDateTimeUtc();
        if (r.ok())
            m_quotas->setQuotas(r.value());
        else
            m_quotas->setError(r.error().toDisplayString());
        Q_EMIT quotasLoaded();
        if (m_again) {
            m_again = false;
            refreshQuotas();
        }
    });
}

} // namespace suanli::gui
