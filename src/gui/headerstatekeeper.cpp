#include "headerstatekeeper.h"

#include "core/appsettings.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>

namespace suanli::gui {

HeaderStateKeeper::HeaderStateKeeper(QHeaderView *header, AppSettings *settings, QString key, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_settings(settings)
    , m_key(std::move(key))
    , m_saveTimer(new QTimer(this))
{
    // Dragging a column fires many resize signals: write once it has settled.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &HeaderStateKeeper::save);
    connect(m_header, &QHeaderView::sectionResized, this, &HeaderStateKeeper::scheduleSave);
    connect(m_header, &QHeaderView::sectionMoved, this, &HeaderStateKeeper::scheduleSave);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, &HeaderStateKeeper::scheduleSave);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &HeaderStateKeeper::showMenu);
}

HeaderStateKeeper::~HeaderStateKeeper() = default;

void HeaderStateKeeper::flush()
{
    if (m_saveTimer->isActive())
        save();
}

bool HeaderStateKeeper::restore()
{
    const QByteArray state = m_settings ? m_settings->tableState(m_key) : QByteArray();
    if (state.isEmpty())
        return false;
    m_restoring = true;
    const bool ok = m_header->restoreState(state);
    m_restoring = false;
    return ok;
}

void HeaderStateKeeper::save()
{
    m_saveTimer->stop();
    if (m_settings && m_header)
        m_settings->setTableState(m_key, m_header->saveState());
}

void HeaderStateKeeper::scheduleSave()
{
    if (!m_restoring)
        m_saveTimer->start();
}

void HeaderStateKeeper::showMenu(const QPoint &pos)
{
    QAbstractItemModel *model = m_header ? m_header->model() : nullptr;
    if (!model)
        return;
    QMenu menu(m_header);
    menu.setTitle(tr("Columns"));
    const int count = m_header->count();
    int visible = 0;
    for (int i = 0; i < count; ++i)
        visible += m_header->isSectionHidden(i) ? 0 : 1;
    for (int i = 0; i < count; ++i) {
        const int logical = m_header->logicalIndex(i);
        QAction *a = menu.addAction(model->headerData(logical, m_header->orientation()).toString());
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(logical));
        // Never let the last visible column go.
        a->setEnabled(!(a->isChecked() && visible == 1));
        connect(a, &QAction::toggled, this, [this, logical](bool on) {
            m_header->setSectionHidden(logical, !on);
            scheduleSave();
        });
    }
    menu.exec(m_header->viewport()->mapToGlobal(pos));
}

} // namespace suanli::gui
