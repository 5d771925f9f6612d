#pragma once

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace suanli::gui {

// Asks for a custom time range of the Monitor view: from and to, to the second, not in the future.
class MonitorRangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorRangeDialog)

public:
    MonitorRangeDialog(qint64 fromMs, qint64 toMs, qint64 nowMs, QWidget *parent = nullptr);
    ~MonitorRangeDialog() override;

    qint64 fromMs() const;
    qint64 toMs() const;
    void setRange(qint64 fromMs, qint64 toMs);

private:
    void validate();

    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace suanli::gui
