#pragma once

#include <QObject>

class QTimer;

namespace suanli::cli {

// Turns Ctrl+C (SIGINT, and SIGTERM) into a Qt signal for a command that runs until it is
// interrupted (`logs --follow`), so that it ends cleanly: what was read is written out and
// files are closed. While a watch exists a second Ctrl+C still ends the process at once.
class InterruptWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatch)

public:
    explicit InterruptWatch(QObject *parent = nullptr);
    ~InterruptWatch() override;

    bool interrupted() const;

Q_SIGNALS:
    void interruptedNow();

private:
    QTimer *m_poll;
};

} // namespace suanli::cli
