#include "eventlogmodel.h"

#include <QStyle>

namespace suanli::gui {

EventLogModel::EventLogModel(EventLog *log, QStyle *style, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_style(style)
{
    for (int i = 0; i < m_log->size(); ++i)
        m_entries.push_back(m_log->at(i));
    connect(m_log, &EventLog::entryAdded, this, &EventLogModel::onEntryAdded);
}

EventLogModel::~EventLogModel() = default;

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString EventLogModel::levelLabel(EventLogEntry::Level level)
{
    switch (level) {
    case EventLogEntry::Level::Info: return tr("Info");
    case EventLogEntry::Level::Warning: return tr("Warning");
    case EventLogEntry::Level::Error: return tr("Error");
    }
    return {};
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventLogEntry &e = m_entries[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Level: return levelLabel(e.level);
        case Account: return e.account;
        case Message: return e.message;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return e.message;
    if (role == Qt::DecorationRole && index.column() == Level && m_style) {
        // The style's own icons follow the theme.
        const QStyle::StandardPixmap icon = e.level == EventLogEntry::Level::Error ? QStyle::SP_MessageBoxCritical
            : e.level == EventLogEntry::Level::Warning                            ? QStyle::SP_MessageBoxWarning
                                                                                  : QStyle::SP_MessageBoxInformation;
        return m_style->standardIcon(icon);
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Level: return tr("Level");
    case Account: return tr("Account");
    case Message: return tr("Message");
    default: return {};
    }
}

QString EventLogModel::rowText(int row) const
{
    const EventLogEntry &e = m_entries[size_t(row)];
    return e.time.toLocalTime().toString(Qt::ISODate) + QLatin1Char('\t') + levelLabel(e.level) + QLatin1Char('\t')
        + e.account + QLatin1Char('\t') + e.message;
}

void EventLogModel::onEntryAdded(int droppedFront)
{
    const int drop = std::min<int>(droppedFront, int(m_entries.size()));
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(m_log->at(m_log->size() - 1));
    endInsertRows();
}

} // namespace suanli::gui
