#pragma once

#include "core/result.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTimer;
class QToolButton;

namespace suanli {
class AppSettings;
}

namespace suanli::gui {

class HeaderStateKeeper;

// One page of a server-side paged list, as display rows.
struct PagedRows
{
    QList<QStringList> rows;
    int total = 0;
};

// A paged history table (bills, recharges): page navigation, page size and a keyword filter,
// all asked of the platform. Loads when first shown.
class PagedTablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTablePage)

public:
    using Fetcher = std::function<void(int page, int pageSize, const QString &keyword, QObject *context,
                                       std::function<void(const Result<PagedRows> &)> done)>;

    PagedTablePage(QStringList headers, QList<int> rightAligned, Fetcher fetcher, AppSettings *settings,
                   const QString &stateKey, QWidget *parent = nullptr);
    ~PagedTablePage() override;

    void reload();
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const;
    int total() const { return m_total; }
    bool hasLoaded() const { return m_loaded; }
    QTableView *view() const { return m_view; }
    // For platforms whose list has no search: says what the filter does instead.
    void setFilterPlaceholder(const QString &text);

Q_SIGNALS:
    void pageLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(int generation, const Result<PagedRows> &result);
    void updateNavigation();

    QStringList m_headers;
    QList<int> m_rightAligned;
    Fetcher m_fetcher;
    QLineEdit *m_filter;
    QToolButton *m_refresh;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QToolButton *m_first;
    QToolButton *m_previous;
    QSpinBox *m_pageSpin;
    QLabel *m_pageOf;
    QToolButton *m_next;
    QToolButton *m_last;
    QComboBox *m_pageSize;
    QLabel *m_status;
    QTimer *m_filterDelay;
    HeaderStateKeeper *m_headerState;
    int m_page = 1;
    int m_total = 0;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_headerRestored = false;
    bool m_sizedToContents = false;
};

} // namespace suanli::gui
