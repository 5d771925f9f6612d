#pragma once

#include "platforms/unis/unistypes.h"

#include <QFrame>
#include <QHash>

class QLabel;

namespace suanli::gui {

// What is left of a UNIS account's quotas, in one line: GPU cards, vGPUs, MIG slices, CPU
// cores, memory, jobs, the quota period, and the storage quota (or the platform's words that it
// is not enabled). Captions in the palette's quiet colour, values in bold, details in tooltips.
class UnisQuotaPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnisQuotaPanel)

public:
    explicit UnisQuotaPanel(QWidget *parent = nullptr);
    ~UnisQuotaPanel() override;

    void setQuotas(const unis::Quotas &quotas);
    void setLoading();
    void setError(const QString &message);
    bool hasQuotas() const { return m_loaded; }

    // What an item shows ("gpu", "vgpu", "mig", "cpu", "memory", "jobs", "period", "storage");
    // empty when hidden.
    QString valueText(const QString &item) const;
    QString toolTipOf(const QString &item) const;
    QString errorText() const;

    // "1,024" in the user's locale; whole numbers without a fraction.
    static QString numberText(double value);
    static QString quotaText(const unis::QuotaValue &value);

private:
    void addItem(const QString &key, const QString &caption);
    void setItem(const QString &key, const QString &value, const QString &toolTip);
    void hideItems();

    struct Item
    {
        QWidget *box = nullptr;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
    };
    QHash<QString, Item> m_items;
    QLabel *m_left;
    QLabel *m_status;
    bool m_loaded = false;
};

} // namespace suanli::gui
