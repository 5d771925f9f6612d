#pragma once

#include "platforms/unis/unistypes.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace suanli::unis {
class UnisProvider;
}

namespace suanli::gui {

class UnisQuotaPanel;

// The row under a UNIS account's header: who the account is (user · tenant · group · role)
// and what is left of its quotas. The quotas are read again when they are older than a while,
// and at once after something was created, started or stopped.
class UnisAccountHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisAccountHeader)

public:
    explicit UnisAccountHeader(unis::UnisProvider *provider, QWidget *parent = nullptr);
    ~UnisAccountHeader() override;

    QLabel *identityLabel() const { return m_identity; }
    UnisQuotaPanel *quotaPanel() const { return m_quotas; }
    bool hasQuotas() const { return m_quotasLoadedAt.isValid(); }

    // Reads the quotas now (unless a read is under way).
    void refreshQuotas();
    // Reads them when the last answer is older than maxAgeMs().
    void refreshQuotasIfStale();
    static constexpr int maxAgeMs() { return 60000; }

    // "Normal user", "Tenant administrator", "System administrator" (translated).
    static QString roleText(unis::Role role);
    static QString identityText(const unis::UserInfo &user);

Q_SIGNALS:
    void quotasLoaded();

private:
    void updateIdentity();

    unis::UnisProvider *m_provider;
    QLabel *m_identity;
    UnisQuotaPanel *m_quotas;
    QDateTime m_quotasLoadedAt;
    bool m_inFlight = false;
    bool m_again = false;
};

} // namespace suanli::gui
