#pragma once

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>

namespace suanli::gui {

namespace Ui {
class ScheduleShutdownDialog;
}

// Picks the time a running instance shuts down. Only a time in the future is accepted; the
// default is one hour from now.
class ScheduleShutdownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleShutdownDialog)

public:
    using Clock = std::function<QDateTime()>;

    ScheduleShutdownDialog(const QString &instanceName, const QString &instanceId, QWidget *parent = nullptr,
                           Clock clock = {});
    ~ScheduleShutdownDialog() override;

    QDateTime when() const;
    void setWhen(const QDateTime &when);

    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::ScheduleShutdownDialog> m_ui;
    Clock m_clock;
};

} // namespace suanli::gui
