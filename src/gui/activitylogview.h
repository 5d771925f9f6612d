#pragma once

#include <QWidget>

class QTableView;

namespace suanli {
class EventLog;
}

namespace suanli::gui {

class EventLogModel;

// The Activity log dock's content: what was done and what the platforms answered.
// Follows new entries while scrolled to the bottom; rows can be copied.
class ActivityLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogView)

public:
    explicit ActivityLogView(EventLog *log, QWidget *parent = nullptr);
    ~ActivityLogView() override;

    QTableView *view() const { return m_view; }
    EventLogModel *model() const { return m_model; }
    void copySelection() const;

private:
    EventLogModel *m_model;
    QTableView *m_view;
    bool m_follow = true;
};

} // namespace suanli::gui
