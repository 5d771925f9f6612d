#pragma once

#include "platforms/huixingyun/huixingyuntypes.h"

#include <QCoreApplication>
#include <QString>

class QPalette;
class QTreeWidget;

namespace suanli::gui {

// How the answer to an order reads: one line per order placed (its number) and per failure, as
// the platform said it. An order of several instances can partly succeed.
class OrderResults final
{
    Q_DECLARE_TR_FUNCTIONS(OrderResults)
public:
    static QString summary(const huixingyun::OrderOutcome &outcome);
    // Replaces the list's rows with the outcome's, ✓ or ✗ first.
    static void fill(QTreeWidget *list, const huixingyun::OrderOutcome &outcome, const QPalette &palette);
};

} // namespace suanli::gui
