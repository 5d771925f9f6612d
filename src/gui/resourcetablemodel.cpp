#include "resourcetablemodel.h"

#include <algorithm>

namespace suanli::gui {

namespace {

int statusOrder(ResourceStatus status)
{
    // Live rows first when sorted ascending: what needs attention, then what is idle or gone.
    switch (status) {
    case ResourceStatus::Running: return 0;
    case ResourceStatus::Starting: return 1;
    case ResourceStatus::Creating: return 2;
    case ResourceStatus::Pending: return 3;
    case ResourceStatus::Stopping: return 4;
    case ResourceStatus::Failed: return 5;
    case ResourceStatus::Stopped: return 6;
    case ResourceStatus::Succeeded: return 7;
    case ResourceStatus::Unknown: return 8;
    case ResourceStatus::Destroyed: return 9;
    }
    return 10;
}

} // namespace

ResourceTableModel::ResourceTableModel(QObject *parent, Clock clock)
    : QAbstractTableModel(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

QList<int> ResourceTableModel::defaultVisualOrder()
{
    return {Name, Kind, Status, Creator, Gpu, Cpu, Memory, Disk, PricePerHour, Region, Billing, Created, RunTime, Expires,
            Remote, Id};
}

ResourceTableModel::~ResourceTableModel() = default;

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString ResourceTableModel::keyOf(const Resource &resource)
{
    return resource.accountId + QLatin1Char('/') + resource.id;
}

QString ResourceTableModel::statusDisplay(const Resource &r)
{
    const QString label = ResourceNames::statusLabel(r.status);
    if (r.statusText.isEmpty() || r.statusText == label)
        return label;
    // "Stopped (card-less)" says all that "Stopped · Stopped (card-less)" would.
    if (r.statusText.startsWith(label, Qt::CaseInsensitive))
        return r.statusText;
    return label + QStringLiteral(" · ") + r.statusText;
}

QString ResourceTableModel::gpuDisplay(const Resource &r)
{
    if (r.gpuModel.isEmpty())
        return r.gpuCount > 0 ? tr("GPU × %1").arg(r.gpuCount) : QString();
    if (r.gpuCount <= 0)
        return r.gpuModel;
    return tr("%1 × %2").arg(r.gpuModel).arg(r.gpuCount);
}

QString ResourceTableModel::timeDisplay(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ResourceTableModel::countdown(const QDateTime &expires, const QDateTime &now)
{
    if (!expires.isValid() || !now.isValid())
        return {};
    const qint64 secs = now.secsTo(expires);
    const qint64 span = secs < 0 ? -secs : secs;
    const qint64 days = span / 86400;
    const qint64 hours = (span % 86400) / 3600;
    const qint64 minutes = (span % 3600) / 60;
    QString amount;
    if (days > 0)
        amount = tr("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        amount = tr("%1 h %2 min").arg(hours).arg(minutes);
    else
        amount = tr("%1 min").arg(qMax<qint64>(minutes, 1));
    return secs < 0 ? tr("expired %1 ago").arg(amount) : tr("in %1").arg(amount);
}

QString ResourceTableModel::remoteDisplay(const Resource &r)
{
    if (r.remote.host.isEmpty())
        return {};
    return r.remote.port > 0 ? r.remote.host + QLatin1Char(':') + QString::number(r.remote.port) : r.remote.host;
}

QString ResourceTableModel::expiresDisplay(const Resource &r) const
{
    if (!r.expiresAt.isValid())
        return {};
    return tr("%1 (%2)").arg(timeDisplay(r.expiresAt), countdown(r.expiresAt, m_clock()));
}

bool ResourceTableModel::expiringSoon(const Resource &r) const
{
    return r.expiresAt.isValid() && m_clock().secsTo(r.expiresAt) < expiringSoonSecs();
}

std::optional<qint64> ResourceTableModel::runSeconds(const Resource &r, const QDateTime &now)
{
    if (!r.startedAt.isValid())
        return std::nullopt;
    if (r.finishedAt.isValid())
        return qMax<qint64>(0, r.startedAt.secsTo(r.finishedAt));
    // Ended without an end time: how long it ran is not known, and "until now" would be wrong.
    if (!runTimeTicks(r) || !now.isValid())
        return std::nullopt;
    return qMax<qint64>(0, r.startedAt.secsTo(now));
}

QString ResourceTableModel::durationDisplay(qint64 seconds)
{
    const qint64 s = qMax<qint64>(0, seconds);
    const qint64 days = s / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((s % 86400) / 3600, 2, 10, QLatin1Char('0'))
                              .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                              .arg(s % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? tr("%1 d %2").arg(days).arg(clock) : clock;
}

bool ResourceTableModel::runTimeTicks(const Resource &r)
{
    if (!r.startedAt.isValid() || r.finishedAt.isValid())
        return false;
    switch (r.status) {
    case ResourceStatus::Stopped:
    case ResourceStatus::Succeeded:
    case ResourceStatus::Failed:
    case ResourceStatus::Destroyed:
        return false;
    default:
        return true;
    }
}

bool ResourceTableModel::hasTickingRunTime() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), &ResourceTableModel::runTimeTicks);
}

bool ResourceTableModel::refreshRunTimes()
{
    // Only the rows whose clock runs, in contiguous runs: a table of finished jobs stays quiet.
    bool any = false;
    int runStart = -1;
    for (int row = 0; row <= int(m_rows.size()); ++row) {
        const bool ticks = row < m_rows.size() && runTimeTicks(m_rows.at(row));
        any = any || ticks;
        if (ticks && runStart < 0) {
            runStart = row;
        } else if (!ticks && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, RunTime), index(row - 1, RunTime), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
            runStart = -1;
        }
    }
    return any;
}

void ResourceTableModel::refreshCountdowns()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Expires), index(int(m_rows.size()) - 1, Expires),
                           {Qt::DisplayRole, Qt::ToolTipRole, ExpiringSoonRole});
}

QVariant ResourceTableModel::displayData(const Resource &r, int column) const
{
    switch (column) {
    case Name: return r.name;
    case Kind: return ResourceNames::kindLabel(r.kind);
    case Status: return statusDisplay(r);
    case Gpu: return gpuDisplay(r);
    case PricePerHour: return r.pricePerHour ? r.pricePerHour->toDisplayString() : QString();
    case Created: return timeDisplay(r.createdAt);
    case Expires: return expiresDisplay(r);
    case Region: return r.region;
    case Id: return r.id;
    case Cpu: return r.cpuCores > 0 ? QString::number(r.cpuCores) : QString();
    case Memory: return r.memoryGb > 0 ? tr("%1 GB").arg(r.memoryGb) : QString();
    case Disk: return r.diskGb > 0 ? tr("%1 GB").arg(r.diskGb) : QString();
    case Billing: return r.billing;
    case Remote: return remoteDisplay(r);
    case Creator: return r.creator;
    case RunTime: {
        const auto secs = runSeconds(r, m_clock());
        return secs ? durationDisplay(*secs) : QString();
    }
    default: return {};
    }
}

QVariant ResourceTableModel::sortData(const Resource &r, int column) const
{
    switch (column) {
    case Name: return r.name.toLower();
    case Kind: return int(r.kind);
    case Status: return statusOrder(r.status);
    case Gpu: return QString(r.gpuModel.toLower() + QLatin1Char('\x1f') + QString::number(r.gpuCount).rightJustified(4, u'0'));
    case PricePerHour: return r.pricePerHour ? r.pricePerHour->fen() : qint64(-1);
    case Created: return r.createdAt.isValid() ? r.createdAt.toMSecsSinceEpoch() : qint64(0);
    case Expires: return r.expiresAt.isValid() ? r.expiresAt.toMSecsSinceEpoch() : qint64(0);
    case Region: return r.region.toLower();
    case Id: return r.id;
    case Cpu: return r.cpuCores;
    case Memory: return r.memoryGb;
    case Disk: return r.diskGb;
    case Billing: return r.billing.toLower();
    case Remote: return QString(r.remote.host + QLatin1Char('\x1f') + QString::number(r.remote.port).rightJustified(5, u'0'));
    case Creator: return r.creator.toLower();
    case RunTime: return runSeconds(r, m_clock()).value_or(-1);
    default: return {};
    }
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Resource &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, column);
    case Qt::ToolTipRole:
        switch (column) {
        case Name: return r.name.isEmpty() ? r.id : QString(r.name + QLatin1Char('\n') + r.id);
        case Status: return statusDisplay(r);
        case Created: return r.createdAt.isValid() ? r.createdAt.toLocalTime().toString(Qt::ISODate) : QVariant();
        case Expires:
            return r.expiresAt.isValid() ? QVariant(r.expiresAt.toLocalTime().toString(Qt::ISODate) + QLatin1Char('\n')
                                                    + countdown(r.expiresAt, m_clock()))
                                         : QVariant();
        case Remote: return r.remote.isValid() ? tr("SSH %1@%2, port %3").arg(r.remote.user, r.remote.host).arg(r.remote.port) : QVariant();
        case RunTime: {
            if (!r.startedAt.isValid())
                return {};
            const QString started = tr("Started %1").arg(r.startedAt.toLocalTime().toString(Qt::ISODate));
            if (r.finishedAt.isValid())
                return QVariant(started + QLatin1Char('\n') + tr("Ended %1").arg(r.finishedAt.toLocalTime().toString(Qt::ISODate)));
            return runTimeTicks(r) ? QVariant(started + QLatin1Char('\n') + tr("Still running"))
                                   : QVariant(started + QLatin1Char('\n') + tr("The platform gives no end time."));
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (column == PricePerHour || column == Cpu || column == Memory || column == Disk || column == RunTime)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(r, column);
    case ResourceRole:
        return QVariant::fromValue(r);
    case StatusRole:
        return int(r.status);
    case KindRole:
        return int(r.kind);
    case KeyRole:
        return keyOf(r);
    case ExpiringSoonRole:
        return expiringSoon(r);
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Gpu: return tr("GPU");
    case PricePerHour: return tr("Price/h");
    case Created: return tr("Created");
    case Expires: return tr("Expires");
    case Region: return tr("Region");
    case Id: return tr("ID");
    case Cpu: return tr("vCPU");
    case Memory: return tr("Memory");
    case Disk: return tr("Disk");
    case Billing: return tr("Billing");
    case Remote: return tr("IP:port");
    case Creator: return tr("Creator");
    case RunTime: return tr("Run time");
    default: return {};
    }
}

int ResourceTableModel::rowOf(const QString &accountId, const QString &id) const
{
    ensureIndex();
    return m_index.value(accountId + QLatin1Char('/') + id, -1);
}

void ResourceTableModel::ensureIndex() const
{
    if (!m_indexDirty)
        return;
    m_index.clear();
    m_index.reserve(m_keys.size());
    for (int row = 0; row < m_keys.size(); ++row)
        m_index.insert(m_keys.at(row), row);
    m_indexDirty = false;
}

void ResourceTableModel::clear()
{
    setResources({});
}

void ResourceTableModel::setResources(const QList<Resource> &fresh)
{
    // Where each key sits in the fresh list; a duplicated key keeps its first occurrence.
    QList<QString> freshKeys;
    freshKeys.reserve(fresh.size());
    QHash<QString, int> freshIndex;
    freshIndex.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i) {
        freshKeys.append(keyOf(fresh.at(i)));
        freshIndex.insert(freshKeys.constLast(), freshIndex.value(freshKeys.constLast(), i));
    }

    // 1. Removals, bottom up, so the rows above a run keep their numbers. The key index is
    // rebuilt lazily, once, when something next needs it.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (freshIndex.contains(m_keys.at(row))) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !freshIndex.contains(m_keys.at(row)))
            --row;
        const int first = row + 1;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        m_keys.remove(first, last - first + 1);
        m_indexDirty = true;
        endRemoveRows();
    }

    // 2. Changes, reported over contiguous runs of changed rows.
    int runStart = -1;
    auto closeRun = [this, &runStart](int end) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(runStart, 0), index(end, ColumnCount - 1));
        runStart = -1;
    };
    // Where each surviving row now sits, by its position in the fresh list (for step 3).
    QList<int> rowOfFresh(fresh.size(), -1);
    for (int row = 0; row < m_rows.size(); ++row) {
        const int at = freshIndex.value(m_keys.at(row));
        rowOfFresh[at] = row;
        const Resource &now = fresh.at(at);
        if (m_rows.at(row) == now) {
            closeRun(row - 1);
            continue;
        }
        m_rows[row] = now;
        if (runStart < 0)
            runStart = row;
    }
    closeRun(int(m_rows.size()) - 1);

    // 3. Insertions: each run of new rows goes right after the existing row that precedes it in
    // the fresh list, so a first load keeps the platform's order.
    struct Run
    {
        int position = 0;
        QList<int> items; // indices into `fresh`
    };
    QList<Run> runs;
    int anchorRow = -1;
    bool previousWasNew = false;
    for (int i = 0; i < fresh.size(); ++i) {
        if (freshIndex.value(freshKeys.at(i)) != i)
            continue; // a duplicate
        if (rowOfFresh.at(i) >= 0) {
            anchorRow = rowOfFresh.at(i);
            previousWasNew = false;
            continue;
        }
        if (!previousWasNew)
            runs.append(Run{anchorRow + 1, {}});
        runs.last().items.append(i);
        previousWasNew = true;
    }
    if (runs.isEmpty())
        return;
    // Bottom up again: an insertion only moves the rows below it.
    std::stable_sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.position > b.position; });
    for (const Run &run : std::as_const(runs)) {
        const int count = int(run.items.size());
        beginInsertRows({}, run.position, run.position + count - 1);
        m_rows.insert(run.position, count, Resource{});
        m_keys.insert(run.position, count, QString());
        for (int k = 0; k < count; ++k) {
            m_rows[run.position + k] = fresh.at(run.items.at(k));
            m_keys[run.position + k] = freshKeys.at(run.items.at(k));
        }
        m_indexDirty = true; // slots reacting to the insertion may look rows up: rowOf() rebuilds
        endInsertRows();
    }
}

} // namespace suanli::gui
