#pragma once

#include "core/provider.h"
#include "core/resource.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace suanli::gui {

// What one action over several resources did, per resource: ✓, or ✗ with the reason. The
// platform may accept a batch in part, so each row says its own outcome.
class BatchResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultDialog)

public:
    BatchResultDialog(const QString &actionLabel, const QList<Resource> &resources, const BatchOutcome &outcome,
                      QWidget *parent = nullptr);
    ~BatchResultDialog() override;

    QTreeWidget *list() const { return m_list; }
    QString summary() const;
    int succeededCount() const { return m_succeeded; }
    int failedCount() const { return m_failed; }
    // "" for an id that succeeded, the reason for one that failed; nullopt when not listed.
    std::optional<QString> reasonFor(const QString &id) const;

private:
    void copyAll() const;

    QLabel *m_summary;
    QTreeWidget *m_list;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace suanli::gui
