#include "gui/transferstatuslabel.h"

#include "gui/transfermodel.h"
#include "transfer/transferqueue.h"

#include <QMouseEvent>

namespace suanli::gui {

TransferStatusLabel::TransferStatusLabel(transfer::TransferQueue *queue, QWidget *parent)
    : QLabel(parent)
    , m_queue(queue)
{
    setObjectName(QStringLiteral("transferStatus"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Show the transfers"));
    connect(queue, &transfer::TransferQueue::totalsChanged, this, &TransferStatusLabel::update);
    connect(queue, &transfer::TransferQueue::itemAdded, this, &TransferStatusLabel::update);
    connect(queue, &transfer::TransferQueue::itemRemoved, this, &TransferStatusLabel::update);
    connect(queue, &transfer::TransferQueue::queueFinished, this, &TransferStatusLabel::update);
    update();
}

TransferStatusLabel::~TransferStatusLabel() = default;

QString TransferStatusLabel::summary(const transfer::TransferQueue &queue)
{
    const transfer::TransferTotals totals = queue.totals();
    QStringList parts;
    if (totals.active > 0)
        parts.append(tr("%n uploading", nullptr, totals.active));
    if (totals.waiting > 0)
        parts.append(tr("%n waiting", nullptr, totals.waiting));
    if (totals.failed > 0)
        parts.append(tr("%n failed", nullptr, totals.failed));
    if (parts.isEmpty())
        return {};
    if (totals.bytesPerSecond > 0)
        parts.append(TransferModel::speedText(totals.bytesPerSecond));
    if (totals.etaSeconds >= 0 && totals.active > 0)
        parts.append(tr("%1 left").arg(TransferModel::etaText(totals.etaSeconds)));
    return tr("Transfers: %1").arg(parts.join(QStringLiteral(" · ")));
}

void TransferStatusLabel::update()
{
    const QString text = summary(*m_queue);
    setText(text);
    setVisible(!text.isEmpty());
}

void TransferStatusLabel::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QLabel::mousePressEvent(event);
}

} // namespace suanli::gui
