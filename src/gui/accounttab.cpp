#include "accounttab.h"

#include "accountpanels.h"
#include "balancepanel.h"
#include "createinstancedialog.h"
#include "instancespage.h"
#include "pagedtablepage.h"
#include "platformicons.h"
#include "resourcetablemodel.h"
#include "statustones.h"

#include "core/accountsession.h"
#include "core/appsettings.h"
#include "core/provider.h"
#include "platforms/platformregistry.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

// How long a balance stays fresh enough to show without asking again.
constexpr int kBalanceMaxAgeMs = 30000;
// While something is changing (booting, a created instance not yet listed), look again soon.
constexpr int kFollowUpMs = 1000;
// How long to keep looking for created instances before giving up on selecting them: an order
// may take a while to show up as instances.
constexpr int kSelectCreatedForMs = 120000;

} // namespace

AccountTab::AccountTab(AccountSession *session, Provider *provider, AppSettings *settings, AccountManager *accounts,
                       QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_provider(provider)
    , m_settings(settings)
    , m_icon(new QLabel(this))
    , m_name(new QLabel(this))
    , m_stateDot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_balance(new BalancePanel(this))
    , m_noBalance(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerSecret(new QPushButton(m_banner))
    , m_bannerRetry(new QPushButton(m_banner))
    , m_pages(new QTabWidget(this))
    , m_instances(new InstancesPage(provider, settings, m_pages))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("accountTab-") + session->account().id);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_name);
    header->addSpacing(12);
    header->addWidget(m_stateDot);
    header->addWidget(m_state, 1);
    header->addWidget(m_balance);
    header->addWidget(m_noBalance);
    layout->addLayout(header);

    const int iconSize = style()->pixelMetric(QStyle::PM_ToolBarIconSize);
    m_icon->setPixmap(PlatformIcons::icon(session->account().platform).pixmap(iconSize, iconSize));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("accountState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance->setObjectName(QStringLiteral("balancePanel"));
    const bool hasBalance = provider->capabilities().testFlag(Provider::Capability::Balance);
    m_balance->setVisible(hasBalance);
    // Said where the balance would be, so that its absence is not taken for a loading problem;
    // platforms with quotas show those instead.
    m_noBalance->setObjectName(QStringLiteral("noBalanceNote"));
    m_noBalance->setEnabled(false);
    m_noBalance->setVisible(!hasBalance && !provider->capabilities().testFlag(Provider::Capability::Quotas));
    if (const auto info = PlatformRegistry::find(session->account().platform))
        m_noBalance->setText(tr("%1's API has no balance endpoint").arg(info->displayName.section(QLatin1Char(' '), 0, 0)));
    else
        m_noBalance->setText(tr("This platform's API has no balance endpoint"));

    auto *bannerFrame = static_cast<QFrame *>(m_banner);
    bannerFrame->setObjectName(QStringLiteral("accountBanner"));
    bannerFrame->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *bannerIcon = new QLabel(m_banner);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(small, small));
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerSecret);
    bannerLayout->addWidget(m_bannerRetry);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerRetry->setText(tr("Retry now"));
    m_bannerRetry->setObjectName(QStringLiteral("bannerRetry"));
    m_bannerSecret->setObjectName(QStringLiteral("bannerSecret"));
    connect(m_bannerRetry, &QPushButton::clicked, this, &AccountTab::refresh);
    connect(m_bannerSecret, &QPushButton::clicked, this, [this] { Q_EMIT secretRequested(accountId()); });
    m_banner->hide();
    layout->addWidget(m_banner);

    m_pages->setObjectName(QStringLiteral("accountPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_instances, tr("Instances"));
    layout->addWidget(m_pages, 1);

    m_panels = AccountPanels::create({this, session, provider, accounts, settings});
    if (QWidget *row = m_panels->createHeaderRow(this)) {
        row->setObjectName(QStringLiteral("accountHeaderRow"));
        layout->insertWidget(1, row); // under the header, above the banner
    }
    m_panels->addPages(m_pages);
    m_instances->setCreateActions(m_panels->createActions());
    m_instances->setCreateVisible(canCreate());
    m_instances->setRequestPreparer([this](Action action, const QList<Resource> &resources, ActionRequest &request) {
        return m_panels->prepareRequest(action, resources, request);
    });
    connect(m_instances, &InstancesPage::refreshRequested, this, &AccountTab::refresh);
    connect(m_instances, &InstancesPage::statusMessage, this, &AccountTab::statusMessage);
    connect(m_instances, &InstancesPage::actionFinished, this, [this] {
        m_lastBalance = {}; // what an action costs shows in the balance
    });

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AccountTab::refresh);
    connect(m_session, &AccountSession::stateChanged, this, &AccountTab::onSessionState);
    connect(m_session, &AccountSession::accountChanged, this, &AccountTab::updateHeader);
    updateHeader();
    onSessionState();
    // The first look happens from the event loop, once the window is laid out.
    QTimer::singleShot(0, this, &AccountTab::refresh);
}

AccountTab::~AccountTab() = default;

QString AccountTab::accountId() const
{
    return m_session->account().id;
}

CreateInstanceDialog *AccountTab::createDialog() const
{
    return qobject_cast<CreateInstanceDialog *>(m_panels->openDialog());
}

PagedTablePage *AccountTab::billsPage() const
{
    return m_pages->findChild<PagedTablePage *>(QStringLiteral("billsPage"));
}

PagedTablePage *AccountTab::rechargesPage() const
{
    return m_pages->findChild<PagedTablePage *>(QStringLiteral("rechargesPage"));
}

bool AccountTab::canCreate() const
{
    return m_provider->capabilities().testFlag(Provider::Capability::CreateInstance) && m_instances->createAction() != nullptr;
}

QString AccountTab::createLabel() const
{
    QAction *create = m_instances->createAction();
    if (!create)
        return {};
    QString label = create->text();
    label.remove(QLatin1Char('&'));
    return label;
}

void AccountTab::updateHeader()
{
    m_name->setText(m_session->account().displayName);
    const auto info = PlatformRegistry::find(m_session->account().platform);
    m_name->setToolTip(info ? info->displayName + QStringLiteral(" · ") + m_session->account().baseUrl.toString()
                            : m_session->account().baseUrl.toString());
    if (const auto p = PlatformRegistry::find(m_session->account().platform))
        m_bannerSecret->setText(tr("Enter %1…").arg(p->secretLabel));
}

void AccountTab::onSessionState()
{
    const AccountState state = m_session->state();
    const int size = qMax(8, fontMetrics().height() / 2);
    m_stateDot->setPixmap(StatusTones::dot(StatusTones::color(StatusTones::forAccountState(state), palette()), size)
                              .pixmap(size, size));
    const QString reason = m_session->stateReason();
    m_state->setText(reason.isEmpty() ? AccountStateNames::label(state)
                                      : AccountStateNames::label(state) + QStringLiteral(" — ") + reason);
    m_state->setToolTip(reason);
    if (state == AccountState::AuthFailed)
        showBanner(tr("The platform did not accept the credentials: %1").arg(reason), true);
    else if (!m_session->hasSecret() && !reason.isEmpty())
        showBanner(reason, true); // e.g. nothing in the keychain for this account
    Q_EMIT summaryChanged();
}

void AccountTab::showBanner(const QString &text, bool offerSecret)
{
    m_bannerText->setText(text);
    m_bannerSecret->setVisible(offerSecret);
    m_banner->show();
}

void AccountTab::hideBanner()
{
    m_banner->hide();
}

void AccountTab::refresh()
{
    if (!m_session->hasSecret()) {
        // The secret is still being read, or missing (then the session's reason says so and
        // the banner offers to enter it). Nothing to ask the platform yet.
        m_timer->stop();
        return;
    }
    refreshList();
    if (!m_lastBalance.isValid() || m_lastBalance.msecsTo(QDateTime::currentDateTimeUtc()) > kBalanceMaxAgeMs)
        refreshBalance();
}

void AccountTab::refreshList()
{
    if (m_listInFlight) {
        m_refreshAgain = true;
        return;
    }
    m_listInFlight = true;
    m_timer->stop();
    m_provider->listResources({}, this, [this](const Result<QList<Resource>> &r) {
        m_listInFlight = false;
        m_lastList = QDateTime::currentDateTimeUtc();
        m_loadedOnce = true;
        if (r.ok()) {
            m_failures = 0;
            hideBanner();
            m_instances->setResources(r.value());
            lookForCreated();
        } else {
            ++m_failures;
            const ApiError &e = r.error();
            const bool auth = e.kind == ApiError::Kind::Auth;
            const int delay = nextRefreshDelayMs(isVisible(), m_failures, m_settings->refreshVisibleMs(),
                                                 m_settings->refreshHiddenMs());
            showBanner(auth ? tr("The platform did not accept the credentials: %1").arg(e.toDisplayString())
                            : tr("Could not read the list: %1 — trying again in %n second(s).", nullptr, (delay + 999) / 1000)
                                  .arg(e.toDisplayString()),
                       auth);
        }
        Q_EMIT listLoaded();
        Q_EMIT summaryChanged();
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refreshList();
            return;
        }
        scheduleNext();
    });
}

void AccountTab::refreshBalance()
{
    if (m_balanceInFlight || !m_provider->capabilities().testFlag(Provider::Capability::Balance))
        return;
    m_balanceInFlight = true;
    m_provider->balance(this, [this](const Result<Balance> &r) {
        m_balanceInFlight = false;
        if (r.ok()) {
            m_lastBalance = QDateTime::currentDateTimeUtc();
            m_balance->setBalance(r.value());
        } else {
            m_balance->setError(r.error().toDisplayString());
        }
        Q_EMIT summaryChanged();
    });
}

void AccountTab::scheduleNext()
{
    const bool visible = isVisible();
    int delay = nextRefreshDelayMs(visible, m_failures, m_settings->refreshVisibleMs(), m_settings->refreshHiddenMs());
    bool changing = static_cast<bool>(m_finder);
    for (const Resource &r : m_instances->model()->resources())
        changing = changing || ResourceNames::isTransitional(r.status);
    if (visible && m_failures == 0 && changing)
        delay = std::min(delay, kFollowUpMs);
    m_scheduledDelayMs = delay;
    m_timer->start(delay);
}

void AccountTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back into view after a long hidden pause: catch up now rather than at the next tick.
    if (m_loadedOnce && m_session->hasSecret() && !m_listInFlight
        && (!m_lastList.isValid() || m_lastList.msecsTo(QDateTime::currentDateTimeUtc()) > m_settings->refreshVisibleMs()))
        refresh();
}

void AccountTab::openCreateDialog()
{
    if (QAction *create = m_instances->createAction(); create && canCreate())
        create->trigger();
}

void AccountTab::refreshAfterChange()
{
    m_lastBalance = {};
    refresh(); // whatever the answer, re-read what actually happened
}

void AccountTab::selectWhenCreated(CreatedFinder finder, int expected)
{
    m_finder = std::move(finder);
    m_expectedCreated = qMax(1, expected);
    m_finderInFlight = false;
    ++m_finderGeneration; // an answer for an earlier purchase no longer counts
    m_selectDeadline = QDateTime::currentDateTimeUtc().addMSecs(kSelectCreatedForMs);
    refreshAfterChange();
}

void AccountTab::lookForCreated()
{
    if (!m_finder || m_finderInFlight)
        return;
    m_finderInFlight = true;
    const int generation = m_finderGeneration;
    m_finder(this, [this, generation](const QStringList &ids) {
        if (generation != m_finderGeneration)
            return;
        m_finderInFlight = false;
        const bool late = QDateTime::currentDateTimeUtc() > m_selectDeadline;
        // All of them once listed; after the deadline whatever showed up.
        if (!ids.isEmpty() && (ids.size() >= m_expectedCreated || late)) {
            if (m_instances->selectResources(ids) || late)
                m_finder = {};
        } else if (late) {
            m_finder = {};
        }
    });
}

AccountTab::Summary AccountTab::summary() const
{
    Summary s;
    s.state = m_session->state();
    s.reason = m_session->stateReason();
    if (const auto b = m_balance->balance())
        s.balance = b->available;
    s.spendable = m_balance->spendable();
    for (const Resource &r : m_instances->model()->resources()) {
        if (r.status != ResourceStatus::Running)
            continue;
        ++s.running;
        if (r.pricePerHour) {
            s.runningPerHour += *r.pricePerHour;
            s.anyPriced = true;
        }
    }
    return s;
}

} // namespace suanli::gui
