#pragma once

#include <QHeaderView>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace suanli {
class AppSettings;
}

namespace suanli::gui {

// Remembers a table's columns (order, widths, hidden ones, sort) in AppSettings::tableState,
// and offers a context menu on the header to show or hide columns.
class HeaderStateKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderStateKeeper)

public:
    HeaderStateKeeper(QHeaderView *header, AppSettings *settings, QString key, QObject *parent = nullptr);
    ~HeaderStateKeeper() override;

    // Returns whether a saved state was applied.
    bool restore();
    void save();
    // Writes a change still waiting for its delay. Owners call it before their views go, since
    // the header may already be gone by the time this object is destroyed.
    void flush();
    QString key() const { return m_key; }

private:
    void scheduleSave();
    void showMenu(const QPoint &pos);

    QPointer<QHeaderView> m_header;
    AppSettings *m_settings;
    QString m_key;
    QTimer *m_saveTimer;
    bool m_restoring = false;
};

} // namespace suanli::gui
