#include "gui/transfermodel.h"

#include "transfer/transferqueue.h"

#include <QDir>
#include <QLocale>

namespace suanli::gui {

using transfer::TransferItem;
using transfer::TransferKind;
using transfer::TransferState;

TransferModel::TransferModel(transfer::TransferQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    for (qint64 id : queue->topLevelIds()) {
        if (const auto item = queue->item(id))
            m_rows.append(*item);
    }
    connect(queue, &transfer::TransferQueue::itemAdded, this, &TransferModel::onAdded);
    connect(queue, &transfer::TransferQueue::itemChanged, this, &TransferModel::onChanged);
    connect(queue, &transfer::TransferQueue::itemRemoved, this, &TransferModel::onRemoved);
}

TransferModel::~TransferModel() = default;

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TransferModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).record.id == id)
            return row;
    }
    return -1;
}

void TransferModel::onAdded(qint64 id)
{
    if (rowOf(id) >= 0)
        return;
    const auto item = m_queue->item(id);
    if (!item)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(*item);
    endInsertRows();
}

void TransferModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    const auto item = m_queue->item(id);
    if (row < 0 || !item)
        return;
    m_rows[row] = *item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TransferModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QString TransferModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString TransferModel::speedText(double bytesPerSecond)
{
    if (bytesPerSecond <= 0.0)
        return {};
    return tr("%1/s").arg(sizeText(qint64(bytesPerSecond)));
}

QString TransferModel::etaText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds >= 24 * 3600)
        return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString TransferModel::stateText(const TransferItem &item)
{
    switch (item.record.state) {
    case TransferState::Queued:
        return item.active ? tr("Uploading") : tr("Queued");
    case TransferState::Hashing:
        if (item.totalBytes > 0)
            return tr("Checking the file (%1%)").arg(int(100 * item.hashedBytes / std::max<qint64>(1, item.totalBytes)));
        return tr("Checking the file");
    case TransferState::Uploading:
        return tr("Uploading");
    case TransferState::Merging:
        return tr("Assembling on the server");
    case TransferState::Paused:
        return tr("Paused");
    case TransferState::Done:
        return item.record.note == transfer::TransferQueue::alreadyThereNote() ? tr("Already on the server") : tr("Done");
    case TransferState::Failed:
        return tr("Failed");
    case TransferState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant TransferModel::display(const TransferItem &item, int column) const
{
    const transfer::TransferRecord &r = item.record;
    switch (column) {
    case Name:
        if (r.kind == TransferKind::Folder)
            return tr("%1 (%n file(s))", nullptr, item.files).arg(r.remoteName);
        return r.remoteName;
    case Destination:
        return (r.isPublic ? tr("Public: %1") : tr("Private: %1")).arg(r.remoteDir);
    case Size:
        return sizeText(item.totalBytes);
    case Progress:
        if (r.kind == TransferKind::Folder && item.files > 0)
            return tr("%1 of %2 files").arg(item.filesDone).arg(item.files);
        return item.totalBytes > 0 ? QStringLiteral("%1%").arg(100 * item.doneBytes / item.totalBytes)
                                   : (r.state == TransferState::Done ? QStringLiteral("100%") : QString());
    case Speed:
        return speedText(item.bytesPerSecond);
    case Eta:
        return etaText(item.etaSeconds);
    case State:
        return stateText(item);
    case Error:
        // A failure, else what the user was told (a file started over because it changed).
        if (!r.error.isEmpty())
            return r.error;
        return r.note == transfer::TransferQueue::alreadyThereNote() ? QString() : r.note;
    }
    return {};
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const TransferItem &item = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return QDir::toNativeSeparators(item.record.localPath);
        if (index.column() == Destination)
            return item.record.remotePath();
        if (index.column() == Error || index.column() == State)
            return item.record.error.isEmpty() ? item.record.note : item.record.error;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Speed || index.column() == Eta)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return item.record.id;
    case StateRole:
        return int(item.record.state);
    case FractionRole:
        if (item.record.state == TransferState::Done)
            return 1.0;
        if (item.totalBytes <= 0)
            return -1.0;
        if (item.record.state == TransferState::Hashing)
            return double(item.hashedBytes) / double(item.totalBytes);
        return double(item.doneBytes) / double(item.totalBytes);
    case SortRole:
        switch (index.column()) {
        case Size: return item.totalBytes;
        case Progress: return item.totalBytes > 0 ? double(item.doneBytes) / double(item.totalBytes) : 0.0;
        case Speed: return item.bytesPerSecond;
        case Eta: return item.etaSeconds;
        case State: return int(item.record.state);
        default: return display(item, index.column());
        }
    default:
        return {};
    }
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Destination: return tr("Destination");
    case Size: return tr("Size");
    case Progress: return tr("Progress");
    case Speed: return tr("Speed");
    case Eta: return tr("Time left");
    case State: return tr("State");
    case Error: return tr("Message");
    }
    return {};
}

} // namespace suanli::gui
