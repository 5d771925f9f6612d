#pragma once

#include "core/logs/logquery.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;

namespace suanli {
class LogSearchSession;
}

namespace suanli::gui {

class LogView;

// The log viewer's search bar: the text (plain or regex, with case, and AND / NOT terms), next
// and previous, the hit count, filter mode, and the progress of a long search with a cancel
// button. Searches as the user types, after a short pause.
class LogViewSearchBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewSearchBar)

public:
    LogViewSearchBar(LogSearchSession *session, LogView *view, QWidget *parent = nullptr);
    ~LogViewSearchBar() override;

    QLineEdit *edit() const { return m_edit; }
    QToolButton *regexButton() const { return m_regex; }
    QToolButton *caseButton() const { return m_case; }
    QToolButton *filterButton() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    LogQuery query() const;
    // Puts the cursor in the search field, its text selected.
    void focusSearch();
    // Starts the search for what is typed now, without waiting for the pause.
    void searchNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    LogSearchSession *m_session;
    LogView *m_view;
    QLineEdit *m_edit;
    QToolButton *m_regex;
    QToolButton *m_case;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_filter;
    QLabel *m_count;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTimer *m_typing;
    QString m_help;
};

} // namespace suanli::gui
