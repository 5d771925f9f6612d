#include "orderresults.h"

#include "statustones.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace suanli::gui {

QString OrderResults::summary(const huixingyun::OrderOutcome &outcome)
{
    if (outcome.failed == 0 && outcome.succeeded > 0)
        return tr("Ordered: %n instance(s) created.", nullptr, outcome.succeeded);
    if (outcome.succeeded == 0)
        return tr("Nothing was ordered: %n instance(s) failed.", nullptr, qMax(outcome.failed, int(outcome.failures.size())));
    return tr("Partly ordered: %1 instance(s) created, %2 failed.").arg(outcome.succeeded).arg(outcome.failed);
}

void OrderResults::fill(QTreeWidget *list, const huixingyun::OrderOutcome &outcome, const QPalette &palette)
{
    list->clear();
    list->setColumnCount(2);
    list->setHeaderLabels({QString(), tr("Result")});
    const QColor good = StatusTones::color(StatusTones::Tone::Good, palette);
    const QColor bad = StatusTones::color(StatusTones::Tone::Bad, palette);
    auto add = [list](const QString &mark, const QColor &color, const QString &text) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, mark);
        item->setForeground(0, color);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setTextAlignment(0, Qt::AlignCenter);
        item->setText(1, text);
        item->setToolTip(1, text);
    };
    for (const QString &uid : outcome.orderUids)
        add(QStringLiteral("✓"), good, tr("Order %1").arg(uid));
    // The platform may count more than it explains.
    for (const QString &failure : outcome.failures)
        add(QStringLiteral("✗"), bad, failure);
    for (qsizetype unexplained = outcome.failed - outcome.failures.size(); unexplained > 0; --unexplained)
        add(QStringLiteral("✗"), bad, tr("Failed; the platform gave no reason."));
    list->resizeColumnToContents(0);
    list->header()->setStretchLastSection(true);
}

} // namespace suanli::gui
