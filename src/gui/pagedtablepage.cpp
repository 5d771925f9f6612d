#include "pagedtablepage.h"

#include "headerstatekeeper.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace suanli::gui {

PagedTablePage::PagedTablePage(QStringList headers, QList<int> rightAligned, Fetcher fetcher, AppSettings *settings,
                               const QString &stateKey, QWidget *parent)
    : QWidget(parent)
    , m_headers(std::move(headers))
    , m_rightAligned(std::move(rightAligned))
    , m_fetcher(std::move(fetcher))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, int(m_headers.size()), this))
    , m_first(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_pageSpin(new QSpinBox(this))
    , m_pageOf(new QLabel(this))
    , m_next(new QToolButton(this))
    , m_last(new QToolButton(this))
    , m_pageSize(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_filterDelay(new QTimer(this))
    , m_headerState(nullptr)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_first);
    bottom->addWidget(m_previous);
    bottom->addWidget(new QLabel(tr("Page"), this));
    bottom->addWidget(m_pageSpin);
    bottom->addWidget(m_pageOf);
    bottom->addWidget(m_next);
    bottom->addWidget(m_last);
    bottom->addSpacing(16);
    auto *sizeLabel = new QLabel(tr("Rows per page:"), this);
    sizeLabel->setBuddy(m_pageSize);
    bottom->addWidget(sizeLabel);
    bottom->addWidget(m_pageSize);
    layout->addLayout(bottom);

    m_filter->setObjectName(QStringLiteral("pagedFilter"));
    m_filter->setPlaceholderText(tr("Filter by keyword (asked of the platform)…"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setObjectName(QStringLiteral("pagedRefresh"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Reload this page"));
    connect(m_refresh, &QToolButton::clicked, this, &PagedTablePage::reload);

    m_model->setHorizontalHeaderLabels(m_headers);
    m_view->setObjectName(QStringLiteral("pagedTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_headerState = new HeaderStateKeeper(m_view->horizontalHeader(), settings, stateKey, this);
    m_headerRestored = m_headerState->restore();

    m_first->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_first->setToolTip(tr("First page"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_previous->setToolTip(tr("Previous page"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_next->setToolTip(tr("Next page"));
    m_last->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_last->setToolTip(tr("Last page"));
    m_next->setObjectName(QStringLiteral("pagedNext"));
    m_previous->setObjectName(QStringLiteral("pagedPrevious"));
    m_pageSpin->setObjectName(QStringLiteral("pagedPage"));
    m_pageSpin->setRange(1, 1);
    m_pageSpin->setKeyboardTracking(false);
    for (int size : {10, 20, 50, 100})
        m_pageSize->addItem(QString::number(size), size);
    m_pageSize->setCurrentIndex(1);
    m_pageSize->setObjectName(QStringLiteral("pagedPageSize"));
    m_status->setObjectName(QStringLiteral("pagedStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_first, &QToolButton::clicked, this, [this] { setPage(1); });
    connect(m_previous, &QToolButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setPage(m_page + 1); });
    connect(m_last, &QToolButton::clicked, this, [this] { setPage(pageCount()); });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_page)
            setPage(page);
    });
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] {
        m_page = 1;
        reload();
    });
    // Ask the platform once the user stops typing, not on every key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(400);
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        m_page = 1;
        reload();
    });
    connect(m_filter, &QLineEdit::textEdited, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        m_page = 1;
        reload();
    });
    updateNavigation();
}

PagedTablePage::~PagedTablePage()
{
    m_headerState->flush();
}

int PagedTablePage::pageCount() const
{
    const int size = m_pageSize->currentData().toInt();
    return std::max(1, (m_total + size - 1) / std::max(1, size));
}

void PagedTablePage::setPage(int page)
{
    page = std::clamp(page, 1, pageCount());
    if (page == m_page && m_loaded)
        return;
    m_page = page;
    reload();
}

void PagedTablePage::setFilterPlaceholder(const QString &text)
{
    m_filter->setPlaceholderText(text);
}

void PagedTablePage::reload()
{
    m_loading = true;
    const int generation = ++m_generation;
    m_status->setText(tr("Loading…"));
    updateNavigation();
    m_fetcher(m_page, m_pageSize->currentData().toInt(), m_filter->text().trimmed(), this,
              [this, generation](const Result<PagedRows> &r) { onLoaded(generation, r); });
}

void PagedTablePage::onLoaded(int generation, const Result<PagedRows> &result)
{
    if (generation != m_generation)
        return; // an answer to a page the user has already left
    m_loading = false;
    if (!result.ok()) {
        m_status->setText(tr("Could not load: %1").arg(result.error().toDisplayString()));
        updateNavigation();
        return;
    }
    m_loaded = true;
    const PagedRows &page = result.value();
    m_total = page.total;
    m_model->removeRows(0, m_model->rowCount());
    for (const QStringList &row : page.rows) {
        QList<QStandardItem *> items;
        for (int c = 0; c < m_headers.size(); ++c) {
            auto *item = new QStandardItem(row.value(c));
            item->setToolTip(row.value(c));
            if (m_rightAligned.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        m_model->appendRow(items);
    }
    if (!m_headerRestored && !m_sizedToContents && m_model->rowCount() > 0) {
        // A first look without remembered widths: fit the columns to what they hold.
        m_sizedToContents = true;
        for (int c = 0; c + 1 < m_model->columnCount(); ++c)
            m_view->resizeColumnToContents(c);
    }
    m_status->setText(tr("%n record(s)", nullptr, m_total));
    updateNavigation();
    Q_EMIT pageLoaded();
}

void PagedTablePage::updateNavigation()
{
    const int pages = pageCount();
    m_first->setEnabled(!m_loading && m_page > 1);
    m_previous->setEnabled(!m_loading && m_page > 1);
    m_next->setEnabled(!m_loading && m_page < pages);
    m_last->setEnabled(!m_loading && m_page < pages);
    const QSignalBlocker block(m_pageSpin);
    m_pageSpin->setRange(1, pages);
    m_pageSpin->setValue(m_page);
    m_pageOf->setText(tr("of %1").arg(pages));
}

void PagedTablePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_loading)
        reload();
}

} // namespace suanli::gui
