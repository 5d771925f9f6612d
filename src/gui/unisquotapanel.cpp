#include "unisquotapanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace suanli::gui {

namespace {

QString dayText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString periodOf(const QDateTime &start, const QDateTime &end, const QString &asSent)
{
    if (start.isValid() || end.isValid())
        return UnisQuotaPanel::tr("%1 – %2").arg(dayText(start), end.isValid() ? dayText(end) : asSent);
    return asSent;
}

} // namespace

UnisQuotaPanel::UnisQuotaPanel(QWidget *parent)
    : QFrame(parent)
    , m_left(new QLabel(tr("Left:"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("unisQuotaPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_left->setEnabled(false); // the palette's quiet colour, light or dark
    m_left->setObjectName(QStringLiteral("quotaLeftCaption"));
    layout->addWidget(m_left);
    addItem(QStringLiteral("gpu"), tr("GPU"));
    addItem(QStringLiteral("vgpu"), tr("vGPU"));
    addItem(QStringLiteral("mig"), tr("MIG"));
    addItem(QStringLiteral("cpu"), tr("CPU"));
    addItem(QStringLiteral("memory"), tr("Memory"));
    addItem(QStringLiteral("jobs"), tr("Jobs"));
    addItem(QStringLiteral("period"), tr("Period"));
    addItem(QStringLiteral("storage"), tr("Storage"));
    m_status->setObjectName(QStringLiteral("quotaStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    hideItems();
    setLoading();
}

UnisQuotaPanel::~UnisQuotaPanel() = default;

void UnisQuotaPanel::addItem(const QString &key, const QString &caption)
{
    Item item;
    item.box = new QWidget(this);
    item.box->setObjectName(QStringLiteral("quota-") + key);
    auto *row = new QHBoxLayout(item.box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    item.caption = new QLabel(caption, item.box);
    item.caption->setEnabled(false);
    item.value = new QLabel(item.box);
    item.value->setObjectName(QStringLiteral("quotaValue-") + key);
    item.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = item.value->font();
    bold.setBold(true);
    item.value->setFont(bold);
    row->addWidget(item.caption);
    row->addWidget(item.value);
    layout()->addWidget(item.box);
    m_items.insert(key, item);
}

void UnisQuotaPanel::setItem(const QString &key, const QString &value, const QString &toolTip)
{
    const Item item = m_items.value(key);
    if (!item.box)
        return;
    item.value->setText(value);
    item.box->setToolTip(toolTip);
    item.value->setToolTip(toolTip);
    item.box->setVisible(!value.isEmpty());
}

void UnisQuotaPanel::hideItems()
{
    for (const Item &item : std::as_const(m_items))
        item.box->hide();
}

QString UnisQuotaPanel::numberText(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return QLocale().toString(qint64(std::llround(value)));
    return QLocale().toString(value, 'f', 1);
}

QString UnisQuotaPanel::quotaText(const unis::QuotaValue &value)
{
    if (value.number)
        return numberText(*value.number);
    return value.text;
}

void UnisQuotaPanel::setLoading()
{
    if (m_loaded)
        return; // keep showing the last figures while new ones come
    m_status->setText(tr("Reading the quotas…"));
    m_status->setEnabled(false);
    m_status->setToolTip({});
    m_status->show();
}

void UnisQuotaPanel::setError(const QString &message)
{
    m_loaded = false;
    hideItems();
    m_status->setEnabled(true);
    m_status->setText(tr("Quotas unavailable"));
    m_status->setToolTip(message);
    m_status->show();
}

QString UnisQuotaPanel::errorText() const
{
    return m_status->isVisible() ? m_status->toolTip() : QString();
}

void UnisQuotaPanel::setQuotas(const unis::Quotas &q)
{
    m_loaded = true;
    QStringList problems;
    if (q.remaining) {
        const unis::RemainingResources &r = *q.remaining;
        // Without a quota of the user's own, the figures are not the user's limits.
        m_left->setText(r.configured ? tr("Left:") : tr("Left (no quota set):"));
        m_left->setToolTip(r.configured ? QString()
                                        : tr("No compute quota has been set up for this user; the platform's figures "
                                             "then are not a personal limit."));
        const QString note = r.configured ? QString()
                                          : QStringLiteral("\n")
                + tr("The platform says no compute quota has been set up for this user; what it allows then is "
                     "not documented.");
        const QString period = periodOf(r.periodStart, r.periodEnd, r.periodText);
        const QString within = period.isEmpty() ? QString() : QStringLiteral("\n") + tr("Quota period: %1").arg(period);
        setItem(QStringLiteral("gpu"), quotaText(r.gpu), tr("Whole GPU cards left") + within + note);
        setItem(QStringLiteral("vgpu"), quotaText(r.vgpu), tr("vGPUs left") + within + note);
        setItem(QStringLiteral("mig"), quotaText(r.mig), tr("MIG slices left") + within + note);
        setItem(QStringLiteral("cpu"), r.cpu.number ? tr("%1 cores").arg(numberText(*r.cpu.number)) : r.cpu.text,
                tr("CPU cores left") + within + note);
        setItem(QStringLiteral("memory"), r.memory.number ? tr("%1 GB").arg(numberText(*r.memory.number)) : r.memory.text,
                tr("Memory left (the platform gives no unit; GB on the deployments seen)") + within + note);
        setItem(QStringLiteral("jobs"), quotaText(r.jobs), tr("How many more jobs may run") + within + note);
        setItem(QStringLiteral("period"), r.periodEnd.isValid() ? tr("until %1").arg(dayText(r.periodEnd)) : period,
                tr("The quota applies from %1 to %2.")
                    .arg(r.periodStart.isValid() ? dayText(r.periodStart) : r.periodText,
                         r.periodEnd.isValid() ? dayText(r.periodEnd) : r.periodText));
    } else {
        for (const QString &key : {QStringLiteral("gpu"), QStringLiteral("vgpu"), QStringLiteral("mig"), QStringLiteral("cpu"),
                                   QStringLiteral("memory"), QStringLiteral("jobs"), QStringLiteral("period")})
            setItem(key, {}, {});
        problems.append(tr("Compute quota: %1").arg(q.remainingError));
    }
    if (q.storage) {
        const unis::StorageQuota &s = *q.storage;
        if (!s.enabled) {
            setItem(QStringLiteral("storage"), tr("quota not enabled (unlimited)"),
                    tr("The platform says: %1").arg(s.notEnabledText));
        } else {
            const QString files = s.inodeRemain.isNumber() || !s.inodeRemain.text.isEmpty()
                ? QStringLiteral("\n") + tr("Files: %1 left of %2 (%3 used)").arg(quotaText(s.inodeRemain), quotaText(s.inodeQuota),
                                                                                  quotaText(s.inodeUsed))
                : QString();
            const QString period = periodOf(s.periodStart, s.periodEnd, s.periodText);
            setItem(QStringLiteral("storage"),
                    s.blockQuota.isNumber() ? tr("%1 of %2").arg(quotaText(s.blockRemain), quotaText(s.blockQuota)) : quotaText(s.blockRemain),
                    tr("Storage left: %1 of %2 (%3 used; the platform gives no unit)")
                            .arg(quotaText(s.blockRemain), quotaText(s.blockQuota), quotaText(s.blockUsed))
                        + files + (period.isEmpty() ? QString() : QStringLiteral("\n") + tr("Quota period: %1").arg(period)));
        }
    } else {
        setItem(QStringLiteral("storage"), {}, {});
        problems.append(tr("Storage quota: %1").arg(q.storageError));
    }
    if (problems.isEmpty()) {
        m_status->hide();
        m_status->setToolTip({});
    } else {
        m_status->setEnabled(true);
        m_status->setText(tr("Quotas partly unavailable"));
        m_status->setToolTip(problems.join(QLatin1Char('\n')));
        m_status->show();
    }
}

QString UnisQuotaPanel::valueText(const QString &item) const
{
    const Item i = m_items.value(item);
    return i.box && !i.box->isHidden() ? i.value->text() : QString();
}

QString UnisQuotaPanel::toolTipOf(const QString &item) const
{
    const Item i = m_items.value(item);
    return i.box ? i.box->toolTip() : QString();
}

} // namespace suanli::gui
