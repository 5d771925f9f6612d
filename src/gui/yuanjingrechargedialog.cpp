#include "yuanjingrechargedialog.h"

#include "confirmationbox.h"
#include "statustones.h"

#include "platforms/yuanjing/balancewatch.h"
#include "platforms/yuanjing/yuanjingprovider.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace suanli::gui {

YuanjingRechargeDialog::YuanjingRechargeDialog(yuanjing::YuanjingProvider *provider, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_amount(new QLineEdit(this))
    , m_pay(new QPushButton(tr("&Pay with Alipay…"), this))
    , m_stop(new QPushButton(tr("&Stop waiting"), this))
    , m_reopen(new QPushButton(tr("Open the payment page &again"), this))
    , m_status(new QLabel(this))
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("YuanjingRechargeDialog"));
    setWindowTitle(tr("Recharge 元境"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_amount->setObjectName(QStringLiteral("rechargeAmount"));
    m_amount->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,6}(\\.\\d{0,2})?")), m_amount));
    m_amount->setPlaceholderText(tr("e.g. 100 or 12.50"));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    for (const int yuan : {50, 100, 500}) {
        auto *quick = new QPushButton(QStringLiteral("¥%1").arg(yuan), this);
        quick->setAutoDefault(false);
        connect(quick, &QPushButton::clicked, this, [this, yuan] { m_amount->setText(QString::number(yuan)); });
        amountRow->addWidget(quick);
    }
    auto *amountLabel = new QLabel(tr("&Amount (yuan):"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Alipay's payment page opens in your web browser, in a window of its own. This account's "
                               "balance is then checked every few seconds until the payment shows."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_status->setObjectName(QStringLiteral("rechargeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pay->setObjectName(QStringLiteral("rechargePay"));
    m_stop->setObjectName(QStringLiteral("rechargeStop"));
    m_reopen->setObjectName(QStringLiteral("rechargeReopen"));
    buttons->addButton(m_pay, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reopen, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    m_stop->hide();
    m_reopen->hide();
    m_pay->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pay, &QPushButton::clicked, this, &YuanjingRechargeDialog::pay);
    connect(m_stop, &QPushButton::clicked, this, &YuanjingRechargeDialog::stopWaiting);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_url.isValid())
            m_open(m_url);
    });
    connect(m_amount, &QLineEdit::textChanged, this, [this] { m_pay->setEnabled(!m_busy && amount().has_value()); });
    m_pay->setEnabled(false);
    setMinimumWidth(460);
}

YuanjingRechargeDialog::~YuanjingRechargeDialog() = default;

std::optional<Money> YuanjingRechargeDialog::amount() const
{
    const std::optional<Money> m = Money::parse(m_amount->text().trimmed());
    if (!m || m->fen() <= 0)
        return std::nullopt;
    return m;
}

bool YuanjingRechargeDialog::isWaiting() const
{
    return m_watch && m_watch->isWatching();
}

void YuanjingRechargeDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, StatusTones::color(StatusTones::Tone::Bad, palette()));
    m_status->setPalette(p);
    m_status->setProperty("error", error);
}

void YuanjingRechargeDialog::pay()
{
    const std::optional<Money> value = amount();
    if (!value || m_busy)
        return;
    if (!ConfirmationBox::ask(this, tr("Recharge 元境"), tr("Recharge %1 with Alipay?").arg(value->toDisplayString()),
                              tr("This is a payment of real money. Alipay's page opens in your web browser; nothing is "
                                 "charged until you pay there."),
                              tr("Open the payment page")))
        return;
    m_busy = true;
    m_pay->setEnabled(false);
    m_amount->setEnabled(false);
    setStatus(tr("Asking 元境 for the payment page…"));
    // The balance before, to tell when the payment has arrived.
    m_provider->balance(this, [this, value](const Result<Balance> &before) {
        const std::optional<Money> start = before ? std::optional<Money>(before.value().available) : std::nullopt;
        m_provider->recharge(*value, this, [this, value, start](const Result<QUrl> &r) {
            m_busy = false;
            if (!r) {
                setStatus(tr("No payment page: %1").arg(r.error().toDisplayString()), true);
                m_amount->setEnabled(true);
                m_pay->setEnabled(amount().has_value());
                return;
            }
            m_url = r.value();
            if (!m_open(m_url))
                setStatus(tr("The browser could not be opened. Open this address yourself: %1").arg(m_url.toString()), true);
            startWatching(start);
            m_reopen->show();
            if (m_status->property("error").toBool() == false)
                setStatus(tr("Pay %1 on Alipay's page in your browser. Waiting for the payment to arrive…")
                              .arg(value->toDisplayString()));
        });
    });
}

void YuanjingRechargeDialog::startWatching(std::optional<Money> before)
{
    auto *watch = new yuanjing::BalanceWatch(m_provider->client(), before, m_pollMs, this);
    m_watch = watch;
    m_stop->show();
    connect(watch, &yuanjing::BalanceWatch::checked, this, [this](Money total) {
        if (!m_paid)
            m_stop->setToolTip(tr("The balance is %1 now.").arg(total.toDisplayString()));
    });
    connect(watch, &yuanjing::BalanceWatch::changed, this, [this](Money a, Money b) {
        m_paid = true;
        m_stop->hide();
        m_reopen->hide();
        setStatus(tr("Paid: the balance went from %1 to %2.").arg(a.toDisplayString(), b.toDisplayString()));
        Q_EMIT paid(a, b);
    });
    connect(watch, &yuanjing::BalanceWatch::failed, this, [this](const ApiError &e) {
        if (e.kind == ApiError::Kind::Auth) {
            m_stop->hide();
            setStatus(tr("The session ended while waiting: %1").arg(e.message), true);
        }
    });
    watch->start();
}

void YuanjingRechargeDialog::stopWaiting()
{
    if (m_watch)
        m_watch->stop();
    m_stop->hide();
    m_amount->setEnabled(true);
    m_pay->setEnabled(amount().has_value());
    setStatus(tr("Stopped waiting. A payment made later still arrives; the balance shows it at the next refresh."));
}

} // namespace suanli::gui
