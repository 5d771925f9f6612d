#pragma once

#include "core/resource.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace suanli::gui {

// The unified resource table. A refresh is applied as a diff keyed by (accountId, id):
// removals and insertions in contiguous runs and dataChanged over contiguous changed rows, never
// a reset, so the views keep their selection, scroll position and sort order.
class ResourceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTableModel)

public:
    // New columns go at the end: saved header states refer to columns by these numbers. The
    // order users see by default is defaultVisualOrder().
    enum Column {
        Name,
        Kind,
        Status,
        Gpu,
        PricePerHour,
        Created,
        Expires,
        Region,
        Id,
        Cpu,
        Memory,
        Disk,
        Billing,
        Remote,
        Creator,
        RunTime,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value to sort by (numbers, timestamps, lower-case text)
        ResourceRole,                // the whole Resource
        StatusRole,                  // ResourceStatus as int
        KindRole,                    // ResourceKind as int
        KeyRole,                     // "accountId/id"
        ExpiringSoonRole,            // bool: expires within expiringSoonSecs() (or has expired)
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;

    explicit ResourceTableModel(QObject *parent = nullptr, Clock clock = {});
    ~ResourceTableModel() override;

    // Where the expiry countdown turns into a warning.
    static constexpr qint64 expiringSoonSecs() { return 3 * 24 * 3600; }
    // The columns in the order shown when the user has not arranged them.
    static QList<int> defaultVisualOrder();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies a fresh list as a diff against the current rows.
    void setResources(const QList<Resource> &resources);
    void clear();
    // The countdowns moved on: repaints the Expires column.
    void refreshCountdowns();
    // A second passed: repaints the run time of the rows whose clock is running. Returns whether
    // any row has one (a caller's timer can stop while none does).
    bool refreshRunTimes();
    // Whether any row's run time moves with the clock.
    bool hasTickingRunTime() const;

    const QList<Resource> &resources() const { return m_rows; }
    const Resource &resourceAt(int row) const { return m_rows.at(row); }
    // -1 when absent.
    int rowOf(const QString &accountId, const QString &id) const;

    static QString keyOf(const Resource &resource);
    static QString statusDisplay(const Resource &resource);
    static QString gpuDisplay(const Resource &resource);
    static QString timeDisplay(const QDateTime &time);
    // "in 1 d 4 h", "in 35 min", "expired 2 h ago" (translated).
    static QString countdown(const QDateTime &expires, const QDateTime &now);
    static QString remoteDisplay(const Resource &resource);
    // (finishedAt or now) - startedAt in seconds; nullopt while the resource has not started.
    static std::optional<qint64> runSeconds(const Resource &resource, const QDateTime &now);
    // "00:41:55", "02:13:07", "3 d 04:05:06" (translated).
    static QString durationDisplay(qint64 seconds);
    // Whether the run time of this row moves with the clock (started, not finished).
    static bool runTimeTicks(const Resource &resource);

private:
    QVariant displayData(const Resource &r, int column) const;
    QVariant sortData(const Resource &r, int column) const;
    void ensureIndex() const;
    QString expiresDisplay(const Resource &r) const;
    bool expiringSoon(const Resource &r) const;

    Clock m_clock;
    QList<Resource> m_rows;
    QList<QString> m_keys; // keyOf() of each row, kept beside it so a refresh builds no strings
    mutable QHash<QString, int> m_index; // key -> row, rebuilt on demand
    mutable bool m_indexDirty = false;
};

} // namespace suanli::gui
