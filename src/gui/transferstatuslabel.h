#pragma once

#include <QLabel>

namespace suanli::transfer {
class TransferQueue;
}

namespace suanli::gui {

// The status bar's word on uploads: "Transfers: 2 uploading · 38.2 MB/s · 04:10 left". Hidden
// while nothing is queued; a click asks for the Transfers dock.
class TransferStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferStatusLabel)

public:
    explicit TransferStatusLabel(transfer::TransferQueue *queue, QWidget *parent = nullptr);
    ~TransferStatusLabel() override;

    static QString summary(const transfer::TransferQueue &queue);

Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void update();

    transfer::TransferQueue *m_queue;
};

} // namespace suanli::gui
