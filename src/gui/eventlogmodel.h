#pragma once

#include "core/eventlog.h"

#include <QAbstractTableModel>

#include <deque>

class QStyle;

namespace suanli::gui {

// The Activity log as a table: time, level, account, message. Keeps its own copy of the
// entries, so that its rows stay consistent while the EventLog drops old ones.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { Time, Level, Account, Message, ColumnCount };
    Q_ENUM(Column)

    // `style` (optional) supplies the level icons, so that they follow the view's theme.
    explicit EventLogModel(EventLog *log, QStyle *style = nullptr, QObject *parent = nullptr);
    ~EventLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const EventLogEntry &entryAt(int row) const { return m_entries[size_t(row)]; }
    static QString levelLabel(EventLogEntry::Level level);
    // "time\tlevel\taccount\tmessage", for the clipboard.
    QString rowText(int row) const;

private:
    void onEntryAdded(int droppedFront);

    EventLog *m_log;
    QStyle *m_style;
    std::deque<EventLogEntry> m_entries;
};

} // namespace suanli::gui
