#pragma once

#include "core/resource.h"

#include <QDialog>

class QComboBox;

namespace suanli::gui {

// Extends daily or monthly 慧星云 instances: 1, 3 or 7 days, or 1, 3 or 12 months (only the periods
// every selected instance allows). It charges the account, so accepting asks once more.
class RenewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewDialog)

public:
    RenewDialog(const QList<Resource> &resources, const QString &warning, QWidget *parent = nullptr);
    ~RenewDialog() override;

    // The periods every resource allows (empty: none in common, e.g. hourly ones).
    static QList<int> commonPeriods(const QList<Resource> &resources);
    int periods() const;
    void setPeriods(int periods);

    void accept() override;

private:
    QString periodText(int periods) const;

    QList<Resource> m_resources;
    QComboBox *m_periods;
    bool m_allDaily = true;
    bool m_allMonthly = true;
};

} // namespace suanli::gui
