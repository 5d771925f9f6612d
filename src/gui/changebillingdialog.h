#pragma once

#include "platforms/huixingyun/huixingyuntypes.h"

#include <QDialog>

class QButtonGroup;

namespace suanli::gui {

// Switches 慧星云 instances from hourly to daily or monthly billing, or from daily to monthly:
// only the targets every selected instance allows are offered. It is one-way and charges the
// prepaid period at once, so both are said, and accepting asks once more.
class ChangeBillingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeBillingDialog)

public:
    ChangeBillingDialog(const QList<Resource> &resources, const QString &warning, QWidget *parent = nullptr);
    ~ChangeBillingDialog() override;

    // What every resource can change to (empty: nothing in common).
    static QList<huixingyun::PayUnit> commonTargets(const QList<Resource> &resources);
    // "daily" or "monthly" (ActionRequest::billing).
    QString billingKey() const;
    void setTarget(huixingyun::PayUnit unit);

    void accept() override;

private:
    QList<Resource> m_resources;
    QButtonGroup *m_targets;
};

} // namespace suanli::gui
